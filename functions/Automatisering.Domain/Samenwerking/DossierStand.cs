using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// Where a participant's dossier stands, as the tracker needs it. The caller reads the dossiers (I/O) and passes
/// these in; <see cref="Van"/> builds one from a loaded dossier. <see cref="Vergaderdatum"/> is the meeting the item
/// is (or was) on the agenda of; <see cref="Besluitdatum"/> the meeting of its latest decision (a correction keeps
/// the meeting of the decision it corrects), which differs from it once an item is held over to a later meeting.
/// </summary>
public sealed record DossierStand(
    string Gemeente,
    string DossierId,
    DossierStatus Status,
    string? Stap,
    IReadOnlyList<string> WachtOp,
    BesluitUitkomst? Uitkomst,
    DateOnly? Vergaderdatum,
    DateOnly? Besluitdatum)
{
    /// <summary>
    /// The college settled the matter: any outcome but Aangehouden, which only postpones it to a later meeting.
    /// </summary>
    public bool IsBesloten => Uitkomst is { } u && u != BesluitUitkomst.Aangehouden && Besluitdatum is not null;

    /// <summary>The item may be published (openbaar, not geheim), so its decision is on the gemeente's public pages.</summary>
    public bool IsOpenbaar { get; init; }

    public static DossierStand Van(Dossier dossier, OrganisatieConfig org, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(org);
        var stap = dossier.HuidigeStap is { } index && dossier.Status == DossierStatus.InRoute ? dossier.Stappen[index].Naam : null;
        return new DossierStand(
            dossier.Gemeente,
            dossier.Id,
            dossier.Status,
            stap,
            dossier.WaitingOn(org, now).Select(w => w.Naam).Distinct().ToList(),
            dossier.Besluit?.Uitkomst,
            dossier.Vergaderdatum,
            dossier.Besluit?.Vergaderdatum)
        {
            IsOpenbaar = Publicatie.Openbaarheid.IsOpenbaar(dossier),
        };
    }
}
