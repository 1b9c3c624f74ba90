namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A milestone as the tracker shows it; <see cref="TeLaat"/> when its planned date passed without it happening.
/// <see cref="DoorBesluiten"/> lists the college decisions that made it happen (empty when it was marked by hand or
/// has not happened), so a reader sees where the date comes from.
/// </summary>
public sealed record MijlpaalVoortgang(
    string Id,
    string Omschrijving,
    MijlpaalSoort Soort,
    string? Gemeente,
    DateOnly GeplandOp,
    bool Gebeurd,
    DateOnly? GebeurdOp,
    bool TeLaat,
    IReadOnlyList<MijlpaalBesluit> DoorBesluiten)
{
    /// <summary>Done by the college decisions themselves; such a step is no longer marked by hand.</summary>
    public bool DoorBesluit => DoorBesluiten.Count > 0;
}
