using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// Where a participant's dossier stands, as the tracker needs it. The caller reads the dossiers (I/O) and passes
/// these in; <see cref="Van"/> builds one from a loaded dossier.
/// </summary>
public sealed record DossierStand(
    string Gemeente,
    string DossierId,
    DossierStatus Status,
    string? Stap,
    IReadOnlyList<string> WachtOp,
    BesluitUitkomst? Uitkomst,
    DateOnly? Vergaderdatum)
{
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
            dossier.Vergaderdatum);
    }
}
