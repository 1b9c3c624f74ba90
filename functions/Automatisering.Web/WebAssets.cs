namespace Automatisering.Web;

/// <summary>The style sheet and the one script, embedded in the assembly so the app needs no static-file folder.</summary>
public static class WebAssets
{
    public static string Stylesheet { get; } = Read("stijl.css");

    /// <summary>Shows a document's PDF on the dossier page once it is made, without a reload (the page works without it).</summary>
    public static string PdfStandScript { get; } = Read("pdf-stand.js");

    private static string Read(string name)
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream($"Automatisering.Web.{name}")
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
