using System.Text.Json.Serialization;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A meeting of one municipality's college of B&amp;W: its agenda and the decisions taken. Only the
/// bestuurssecretariaat of that municipality composes the agenda and records decisions.
/// </summary>
public sealed class Collegevergadering
{
    [JsonConstructor]
    private Collegevergadering()
    {
    }

    [JsonInclude] public string Gemeente { get; private set; } = "";
    [JsonInclude] public DateOnly Datum { get; private set; }
    [JsonInclude] public IReadOnlyList<Agendapunt> Agendapunten { get; private set; } = [];

    /// <summary>A stable id for storage: one meeting per municipality per day.</summary>
    [JsonIgnore] public string Id => $"{Gemeente}/{Datum:yyyy-MM-dd}";

    public static Collegevergadering Create(OrganisatieConfig org, string gemeente, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(org);
        var g = org.FindGemeente(gemeente) ?? throw new ArgumentException($"Onbekende gemeente '{gemeente}'.", nameof(gemeente));
        return new Collegevergadering { Gemeente = g.Slug, Datum = datum };
    }

    /// <summary>Puts a dossier that the portefeuillehouder scheduled for this meeting (or that was held over to it) on the agenda.</summary>
    public void Agendeer(OrganisatieConfig org, string actorId, Dossier dossier, AgendapuntSoort soort)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        // The portefeuillehouder's paraaf that scheduled the item also puts it on the agenda; otherwise the secretariat does.
        var scheduledByActor = dossier.Stappen.SelectMany(s => s.Parafen).Any(p => p.Rol == Rol.Portefeuillehouder && p.PersoonId == actorId);
        if (!scheduledByActor)
        {
            RequireBestuurssecretariaat(org, actorId);
        }

        if (!string.Equals(dossier.Gemeente, Gemeente, StringComparison.OrdinalIgnoreCase))
        {
            throw new DossierStateException($"Dossier '{dossier.Id}' hoort bij '{dossier.Gemeente}', niet bij het college van '{Gemeente}'.");
        }

        if (dossier.Status is not (DossierStatus.Geagendeerd or DossierStatus.Aangehouden) || dossier.Vergaderdatum != Datum)
        {
            throw new DossierStateException(
                $"Dossier '{dossier.Id}' ({dossier.Status}, meeting {dossier.Vergaderdatum:yyyy-MM-dd}) is not scheduled for the meeting of {Datum:yyyy-MM-dd}.");
        }

        if (Find(dossier.Id) is not null)
        {
            throw new DossierStateException($"Dossier '{dossier.Id}' staat al op de agenda van {Datum:dd-MM-yyyy}.");
        }

        Agendapunten = [.. Agendapunten, new Agendapunt(Agendapunten.Count + 1, dossier.Id, dossier.Onderwerp, dossier.Portefeuille, soort)];
    }

    /// <summary>
    /// Records the college's decision on an agenda item; the dossier keeps it too. An Aangehouden decision moves
    /// the dossier to the later meeting, whose agenda the caller then updates with <see cref="Agendeer"/>.
    /// </summary>
    public void RecordDecision(OrganisatieConfig org, Dossier dossier, Besluit besluit, string actorId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(besluit);
        RequireBestuurssecretariaat(org, actorId);
        var punt = Find(dossier.Id) ?? throw new DossierStateException($"Dossier '{dossier.Id}' staat niet op de agenda van {Datum:dd-MM-yyyy}.");
        if (punt.Uitkomst is not null)
        {
            throw new DossierStateException($"Het college besloot al '{punt.Uitkomst}' over dossier '{dossier.Id}' op {Datum:dd-MM-yyyy}.");
        }

        dossier.RecordBesluit(org, actorId, besluit, Datum, now);
        var genomen = dossier.Besluit!;
        Agendapunten = Agendapunten
            .Select(p => p == punt ? p with { Uitkomst = genomen.Uitkomst, Besluittekst = genomen.Tekst, AangehoudenTot = genomen.AangehoudenTot } : p)
            .ToList();
    }

    /// <summary>
    /// Copies the decision the dossier holds onto its agenda item: to finish a decision whose meeting write lost a
    /// race after the dossier (the source of truth) was stored.
    /// </summary>
    public void SyncBesluit(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var punt = Find(dossier.Id) ?? throw new DossierStateException($"Dossier '{dossier.Id}' staat niet op de agenda van {Datum:dd-MM-yyyy}.");
        if (dossier.Besluit is not { } genomen || genomen.Vergaderdatum != Datum)
        {
            return;
        }

        Agendapunten = Agendapunten
            .Select(p => p == punt ? p with { Uitkomst = genomen.Uitkomst, Besluittekst = genomen.Tekst, AangehoudenTot = genomen.AangehoudenTot } : p)
            .ToList();
    }

    public IReadOnlyList<BesluitenlijstRegel> Besluitenlijst() =>
        Agendapunten
            .OrderBy(p => p.Volgorde)
            .Select(p => new BesluitenlijstRegel(
                p.Volgorde,
                p.DossierId,
                p.Onderwerp,
                p.Portefeuille,
                p.Soort,
                p.Uitkomst?.Label() ?? "Nog geen besluit",
                p.Besluittekst,
                p.AangehoudenTot))
            .ToList();

    private Agendapunt? Find(string dossierId) =>
        Agendapunten.FirstOrDefault(p => string.Equals(p.DossierId, dossierId, StringComparison.OrdinalIgnoreCase));

    private void RequireBestuurssecretariaat(OrganisatieConfig org, string actorId)
    {
        ArgumentNullException.ThrowIfNull(org);
        var actor = string.IsNullOrWhiteSpace(actorId) ? null : org.FindPersoon(actorId);
        if (actor is null || !string.Equals(actor.Gemeente, Gemeente, StringComparison.OrdinalIgnoreCase) || !actor.HasRol(Rol.Bestuurssecretariaat))
        {
            throw new DossierForbiddenException($"'{actorId}' hoort niet bij het bestuurssecretariaat van '{Gemeente}'.");
        }
    }
}
