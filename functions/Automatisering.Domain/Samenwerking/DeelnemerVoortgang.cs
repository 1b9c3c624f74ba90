using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// One municipality's line in the tracker: its own data, where its dossier is (null fields while it has none or
/// the caller passed no <see cref="DossierStand"/>), its college decision, and the milestones that concern it.
/// </summary>
public sealed record DeelnemerVoortgang(
    string Gemeente,
    string Naam,
    bool IsPenvoerder,
    DateOnly? Collegedatum,
    string? PortefeuillehouderId,
    string? Portefeuille,
    string? Programma,
    string? DossierId,
    DossierStatus? Status,
    string? Stap,
    IReadOnlyList<string> WachtOp,
    BesluitUitkomst? Uitkomst,
    IReadOnlyList<MijlpaalVoortgang> Mijlpalen);
