namespace Automatisering.Templating;

/// <summary>
/// The rendered document's own title and subject (<c>docProps/core.xml</c> dc:title and dc:subject), instead of the
/// template's: Word shows them, and LibreOffice and Graph carry them into the PDF's title and XMP metadata.
/// </summary>
public sealed record CoreProperties(string Title, string Subject);
