namespace Automatisering.Domain.Documenten;

/// <summary>
/// The message on queue <c>pdf</c>: make the PDF of one stored .docx, <c>documenten/{DossierId}/{Map}/{Naam}</c>,
/// whose SHA-256 is <see cref="Sha256"/> (the PDF is stored under it).
/// </summary>
public sealed record PdfOpdracht(string DossierId, string Map, string Naam, string Sha256);
