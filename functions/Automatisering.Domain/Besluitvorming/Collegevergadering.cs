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

    /// <summary>College members and secretaris present, as the secretariat set them; null: everyone of the organisation.</summary>
    [JsonInclude] public IReadOnlyList<string>? Aanwezig { get; private set; }

    /// <summary>Those absent (with notice), as the secretariat set them.</summary>
    [JsonInclude] public IReadOnlyList<string> Afwezig { get; private set; } = [];

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
                $"Dossier '{dossier.Id}' is niet ingepland voor de vergadering van {Datum:dd-MM-yyyy} (stand: {dossier.Status}, vergadering: {dossier.Vergaderdatum:dd-MM-yyyy}).");
        }

        if (Find(dossier.Id) is not null)
        {
            throw new DossierStateException($"Dossier '{dossier.Id}' staat al op de agenda van {Datum:dd-MM-yyyy}.");
        }

        var wethouder = dossier.Stappen.SelectMany(s => s.Parafen).LastOrDefault(p => p.Rol == Rol.Portefeuillehouder)?.Naam
            ?? org.ResolveRol(dossier.Gemeente, Rol.Portefeuillehouder, dossier.Afdeling, dossier.Portefeuille).FirstOrDefault()?.Naam;
        var punt = new Agendapunt(0, dossier.Id, dossier.Onderwerp, dossier.Portefeuille, soort,
            Registratienummer: dossier.Registratienummer,
            Zaaknummer: Zaaknummer(dossier),
            Wethouder: wethouder,
            Conceptbesluit: dossier.ConceptbesluitPunten);

        // Hamerstukken come first on a Dutch college agenda, then the bespreekstukken; a new item goes last of its kind.
        var lijst = Agendapunten.ToList();
        var plek = soort == AgendapuntSoort.Hamerstuk ? lijst.FindLastIndex(p => p.Soort == AgendapuntSoort.Hamerstuk) + 1 : lijst.Count;
        lijst.Insert(plek, punt);
        Agendapunten = Nummer(lijst);
    }

    /// <summary>The secretariat puts the agenda in a new order before the meeting; every item exactly once.</summary>
    public void Herorden(OrganisatieConfig org, string actorId, IReadOnlyList<string> dossierIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dossierIds);
        RequireBestuurssecretariaat(org, actorId);
        RequireNogNietGeweest(now, "de agenda herordenen");
        var ids = dossierIds.Select(i => i?.Trim() ?? "").ToList();
        if (ids.Count != Agendapunten.Count || ids.Distinct(StringComparer.OrdinalIgnoreCase).Count() != ids.Count || ids.Any(i => Find(i) is null))
        {
            throw new ArgumentException($"Geef elk van de {Agendapunten.Count} agendapunten precies één keer op, in de nieuwe volgorde.", "volgorde");
        }

        Agendapunten = Nummer(ids.Select(i => Find(i)!).ToList());
    }

    /// <summary>Takes an item off this agenda (it moved to another meeting); the numbers close up.</summary>
    public void Verwijder(string dossierId)
    {
        var punt = Find(dossierId) ?? throw new DossierStateException($"Dossier '{dossierId}' staat niet op de agenda van {Datum:dd-MM-yyyy}.");
        if (punt.Uitkomst is not null)
        {
            throw new DossierStateException($"Over dossier '{dossierId}' is op {Datum:dd-MM-yyyy} al besloten; het kan niet meer van deze agenda af.");
        }

        Agendapunten = Nummer(Agendapunten.Where(p => p != punt).ToList());
    }

    /// <summary>Who of the college and the secretaris attend; each listed person must belong to them.</summary>
    public void ZetAanwezigheid(OrganisatieConfig org, string actorId, IReadOnlyList<string> aanwezig, IReadOnlyList<string> afwezig)
    {
        ArgumentNullException.ThrowIfNull(aanwezig);
        ArgumentNullException.ThrowIfNull(afwezig);
        RequireBestuurssecretariaat(org, actorId);
        var leden = Collegeleden(org).Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (aanwezig.Concat(afwezig).FirstOrDefault(id => !leden.Contains(id)) is { } vreemd)
        {
            throw new ArgumentException($"'{vreemd}' is geen lid van het college of de secretaris van {Gemeente}.", "aanwezig");
        }

        if (aanwezig.Intersect(afwezig, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } beide)
        {
            throw new ArgumentException($"'{beide}' kan niet tegelijk aanwezig en afwezig zijn.", "afwezig");
        }

        Aanwezig = aanwezig.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Afwezig = afwezig.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The burgemeester, the wethouders and the gemeentesecretaris of the gemeente, in that order.</summary>
    public IReadOnlyList<Persoon> Collegeleden(OrganisatieConfig org)
    {
        ArgumentNullException.ThrowIfNull(org);
        return org.PersonenMetRol(Gemeente, Rol.Burgemeester)
            .Concat(org.PersonenMetRol(Gemeente, Rol.Portefeuillehouder))
            .Concat(org.PersonenMetRol(Gemeente, Rol.Gemeentesecretaris))
            .DistinctBy(p => p.Id)
            .ToList();
    }

    /// <summary>Present: as set, else every college member and the secretaris not marked absent.</summary>
    public IReadOnlyList<Persoon> Aanwezigen(OrganisatieConfig org) =>
        Collegeleden(org).Where(p => Aanwezig is { } a ? a.Contains(p.Id, StringComparer.OrdinalIgnoreCase) : !Afwezig.Contains(p.Id, StringComparer.OrdinalIgnoreCase)).ToList();

    public IReadOnlyList<Persoon> Afwezigen(OrganisatieConfig org) =>
        Collegeleden(org).Where(p => Afwezig.Contains(p.Id, StringComparer.OrdinalIgnoreCase)).ToList();

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
        Neem(punt, dossier.Besluit!);
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

        Neem(punt, genomen);
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
                p.AangehoudenTot,
                p.Nummer,
                p.Wethouder,
                p.Zaaknummer,
                p.Registratienummer,
                p.Besluitpunten ?? [],
                p.Correctie))
            .ToList();

    private void Neem(Agendapunt punt, GenomenBesluit genomen) =>
        Agendapunten = Agendapunten
            .Select(p => p == punt
                ? p with
                {
                    Uitkomst = genomen.Uitkomst,
                    Besluittekst = genomen.Tekst,
                    AangehoudenTot = genomen.AangehoudenTot,
                    Besluitpunten = genomen.BesluitPunten,
                    Correctie = genomen.CorrectieVan is null ? null : genomen.Reden,
                }
                : p)
            .ToList();

    private static List<Agendapunt> Nummer(List<Agendapunt> punten) => punten.Select((p, i) => p with { Volgorde = i + 1 }).ToList();

    private static string? Zaaknummer(Dossier dossier) =>
        dossier.Velden.ValueKind == System.Text.Json.JsonValueKind.Object
        && dossier.Velden.TryGetProperty("zaaknummer", out var z) && z.ValueKind == System.Text.Json.JsonValueKind.String
        && !string.IsNullOrWhiteSpace(z.GetString())
            ? z.GetString()!.Trim()
            : null;

    private void RequireNogNietGeweest(DateTimeOffset now, string actie)
    {
        if (NederlandseTijd.Datum(now) > Datum || Agendapunten.Any(p => p.Uitkomst is not null))
        {
            throw new DossierStateException($"De vergadering van {Datum:dd-MM-yyyy} heeft al plaatsgevonden; u kunt {actie} alleen vóór de vergadering.");
        }
    }

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
