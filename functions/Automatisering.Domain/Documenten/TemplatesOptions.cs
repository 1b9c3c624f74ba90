namespace Automatisering.Domain.Documenten;

/// <summary>Where the Word templates live and how PDFs are made (section <c>Automatisering:Templates</c>).</summary>
public sealed class TemplatesOptions
{
    public const string Section = "Automatisering:Templates";

    /// <summary>Folder with default/, one folder per gemeente and gemeenten.json; default: templates/ next to the app.</summary>
    public string? Root { get; set; }

    /// <summary>The LibreOffice executable for local PDF conversion.</summary>
    public string Soffice { get; set; } = "soffice";

    public string ResolvedRoot => string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "templates") : Path.GetFullPath(Root);
}
