namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// An item on a college meeting's agenda, with what the secretariat and the besluitenlijst need without opening
/// the dossier (frozen once scheduled): registration and case numbers, the wethouder who signed, the conceptbesluit,
/// and the decision once taken.
/// </summary>
public sealed record Agendapunt(
    int Volgorde,
    string DossierId,
    string Onderwerp,
    string Portefeuille,
    AgendapuntSoort Soort,
    BesluitUitkomst? Uitkomst = null,
    string? Besluittekst = null,
    DateOnly? AangehoudenTot = null,
    string? Registratienummer = null,
    string? Zaaknummer = null,
    string? Wethouder = null,
    IReadOnlyList<Besluitpunt>? Conceptbesluit = null,
    IReadOnlyList<Besluitpunt>? Besluitpunten = null,
    string? Correctie = null)
{
    /// <summary>The number on the agenda and the besluitenlijst.</summary>
    public string Nummer => Volgorde.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
