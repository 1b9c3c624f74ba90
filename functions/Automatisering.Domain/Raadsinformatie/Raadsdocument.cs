namespace Automatisering.Domain.Raadsinformatie;

/// <summary>
/// A document in a cooperation's library: what it is (kind, date, the period it covers), whether it is
/// confidential, and its versions. A new version replaces the file, never the history.
/// </summary>
public sealed record Raadsdocument(
    string Id,
    string Samenwerkingsverband,
    string Titel,
    DocumentSoort Soort,
    DateOnly Datum,
    DateOnly PeriodeVan,
    DateOnly PeriodeTot,
    bool Vertrouwelijk,
    IReadOnlyList<DocumentVersieBestand> Versies)
{
    public DocumentVersieBestand Huidige => Versies[^1];
}
