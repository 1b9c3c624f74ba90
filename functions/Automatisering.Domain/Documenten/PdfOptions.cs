namespace Automatisering.Domain.Documenten;

/// <summary>
/// The warm LibreOffice converter (section <c>Automatisering:Pdf</c>); LibreOffice itself is
/// <see cref="TemplatesOptions.Soffice"/>. Not used when Graph makes the PDFs (<c>Distributie:Graph:PdfDriveId</c>).
/// </summary>
public sealed class PdfOptions
{
    public const string Section = "Automatisering:Pdf";

    /// <summary>Conversions at the same time, each with its own long-lived soffice and profile (about 150 MB each).</summary>
    public int Slots { get; set; } = 2;

    /// <summary>Longest one document may take; then its soffice is ended and started again for the next.</summary>
    public int TimeoutSeconden { get; set; } = 60;

    /// <summary>The Python with Debian's <c>python3-uno</c> (not a virtualenv's: uno comes with the Debian package).</summary>
    public string Python { get; set; } = "/usr/bin/python3";
}
