namespace Automatisering.Domain.Documenten;

/// <summary>
/// Where a document's PDF stands: <c>klaar</c>, <c>bezig</c> (queued or converting) or <c>mislukt</c> with the
/// Dutch reason of the last attempt; <see cref="Opgegeven"/> once the last retry failed (the message is then in
/// <c>pdf-poison</c>).
/// </summary>
public sealed record PdfStand(string Status, string? Reden = null, int Pogingen = 0, bool Opgegeven = false)
{
    public const string Klaar = "klaar";
    public const string Bezig = "bezig";
    public const string Mislukt = "mislukt";

    public bool IsKlaar => Status == Klaar;
}
