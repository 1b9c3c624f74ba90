namespace Automatisering.Web;

/// <summary>The one style sheet, embedded in the assembly so the app needs no static-file folder.</summary>
public static class WebAssets
{
    public static string Stylesheet { get; } = Read("stijl.css");

    private static string Read(string name)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream($"Automatisering.Web.{name}")
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
