using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// One municipality's line in the tracker: its own data, where its dossier is (null fields while it has none or
/// the caller passed no <see cref="DossierStand"/>), its college decision, and the milestones that concern it.
/// <see cref="GeplandeCollegedatum"/> is what the participant planned when the proposal was made (else the date of
/// its planned Collegebesluit step);
/// <see cref="Vergaderdatum"/> the real meeting its dossier is on the agenda of, which wins once there is one.
/// </summary>
public sealed record DeelnemerVoortgang(
    string Gemeente,
    string Naam,
    bool IsPenvoerder,
    DateOnly? GeplandeCollegedatum,
    DateOnly? Vergaderdatum,
    string? PortefeuillehouderId,
    string? Portefeuille,
    string? Programma,
    string? DossierId,
    DossierStatus? Status,
    string? Stap,
    IReadOnlyList<string> WachtOp,
    BesluitUitkomst? Uitkomst,
    DateOnly? Besluitdatum,
    IReadOnlyList<MijlpaalVoortgang> Mijlpalen)
{
    /// <summary>The college date to show: the real meeting when the dossier has one, else the planned date.</summary>
    public DateOnly? Collegedatum => Vergaderdatum ?? GeplandeCollegedatum;

    /// <summary>The decision is public (the item is openbaar and not geheim): its meeting's public page shows it.</summary>
    public bool BesluitOpenbaar { get; init; }

    /// <summary>The shown <see cref="Collegedatum"/> is only the plan: no real meeting yet.</summary>
    public bool CollegedatumIsGepland => Vergaderdatum is null && GeplandeCollegedatum is not null;
}
