namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A decision as kept on the dossier. <see cref="Punten"/> is the adopted decision: the structured conceptbesluit
/// for Conform, the amended points for Gewijzigd, empty otherwise; <see cref="Tekst"/> is the same in text form
/// (<see cref="Besluittekst.Format"/>). A correction is a new decision that names the one it corrects
/// (<see cref="CorrectieVan"/>, 1-based) and why; the corrected one stays in the dossier. <see cref="Sjablonen"/>
/// names the template that made the regenerated agendapunt of this decision (as on <see cref="DocumentVersie"/>).
/// </summary>
public sealed record GenomenBesluit(
    BesluitUitkomst Uitkomst,
    string? Tekst,
    DateOnly Vergaderdatum,
    DateOnly? AangehoudenTot,
    string VastgelegdDoor,
    DateTimeOffset VastgelegdOp,
    IReadOnlyList<Besluitpunt>? Punten = null,
    int? CorrectieVan = null,
    string? Reden = null,
    IReadOnlyDictionary<string, string>? Sjablonen = null)
{
    /// <summary>The points; a decision stored before points existed reads its text.</summary>
    public IReadOnlyList<Besluitpunt> BesluitPunten => Punten ?? (Tekst is null ? [] : Besluittekst.Parse(Tekst));
}
