namespace Automatisering.Functions.Web;

/// <summary>The one style sheet, embedded in the assembly so the custom handler needs no static-file folder.</summary>
public static class WebAssets
{
    public static string Stylesheet { get; } = Read("stijl.css");

    private static string Read(string name)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream($"Automatisering.Functions.Web.{name}")
            ?? throw new InvalidOperationException($"Embedded resource Web/{name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
