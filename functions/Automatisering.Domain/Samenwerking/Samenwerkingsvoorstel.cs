using System.Text.Json;
using System.Text.Json.Serialization;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A proposal several municipalities of one cooperation (e.g. SSWZM) decide on together, each in its own college:
/// the shared content the penvoerder (lead) writes once, each participant's own data and dossier, and the planned
/// besluitvormingsproces. Guards run before any change, so a refused action (<see cref="DossierForbiddenException"/>,
/// <see cref="DossierStateException"/>, <see cref="ArgumentException"/>) leaves the proposal as it was. Round-trips
/// through System.Text.Json with <see cref="BesluitvormingJson.Options"/>.
/// </summary>
public sealed class Samenwerkingsvoorstel
{
    [JsonConstructor]
    private Samenwerkingsvoorstel()
    {
    }

    [JsonInclude] public string Id { get; private set; } = "";
    [JsonInclude] public string Titel { get; private set; } = "";
    [JsonInclude] public string Samenwerkingsverband { get; private set; } = "";
    [JsonInclude] public string Penvoerder { get; private set; } = "";

    /// <summary>The participants, the penvoerder first.</summary>
    [JsonInclude] public IReadOnlyList<Deelnemer> Deelnemers { get; private set; } = [];

    /// <summary>The template data every participant's collegeadvies or handvest shares (an object).</summary>
    [JsonInclude] public JsonElement GedeeldeVelden { get; private set; }

    [JsonInclude] public IReadOnlyList<Mijlpaal> Mijlpalen { get; private set; } = [];
    [JsonInclude] public string AangemaaktDoor { get; private set; } = "";
    [JsonInclude] public DateTimeOffset AangemaaktOp { get; private set; }
    [JsonInclude] public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>The audit lines of the last change, written with it and appended afterwards (see <see cref="AuditOpdracht"/>).</summary>
    [JsonInclude] public IReadOnlyList<AuditOpdracht> OpenAudit { get; internal set; } = [];

    [JsonIgnore] public string Object => $"samenwerkingsvoorstel/{Id}";

    /// <summary>
    /// Starts a joint proposal. The penvoerder takes part even when <paramref name="deelnemers"/> leaves it out;
    /// every participant must belong to <paramref name="samenwerkingsverband"/>.
    /// </summary>
    public static Samenwerkingsvoorstel Create(
        OrganisatieConfig org,
        string id,
        string actorId,
        string titel,
        string samenwerkingsverband,
        string penvoerder,
        IEnumerable<string> deelnemers,
        JsonElement gedeeldeVelden,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(deelnemers);
        var voorstelId = Bevoegdheid.RequireText(id, nameof(id));
        var titelTekst = Bevoegdheid.RequireText(titel, nameof(titel));
        var verband = Bevoegdheid.RequireText(samenwerkingsverband, nameof(samenwerkingsverband));
        Bevoegdheid.RequireObject(gedeeldeVelden, nameof(gedeeldeVelden));
        var lead = org.FindGemeente(penvoerder ?? "") ?? throw new ArgumentException($"Onbekende gemeente '{penvoerder}'.", nameof(penvoerder));

        var gemeenten = new List<Gemeente> { lead };
        foreach (var slug in deelnemers)
        {
            var g = org.FindGemeente(slug ?? "") ?? throw new ArgumentException($"Onbekende gemeente '{slug}'.", nameof(deelnemers));
            if (g == lead)
            {
                continue;
            }

            if (gemeenten.Contains(g))
            {
                throw new ArgumentException($"Gemeente '{g.Slug}' staat er twee keer in.", nameof(deelnemers));
            }

            gemeenten.Add(g);
        }

        if (gemeenten.Count < 2)
        {
            throw new ArgumentException("Een samenwerkingsvoorstel heeft naast de penvoerder minstens één deelnemende gemeente.", nameof(deelnemers));
        }

        var buiten = gemeenten.Where(g => !g.Samenwerkingsverbanden.Any(s => Bevoegdheid.Same(s, verband))).Select(g => g.Slug).ToList();
        if (buiten.Count > 0)
        {
            throw new ArgumentException($"Geen deel van samenwerkingsverband '{verband}': {string.Join(", ", buiten)}.", nameof(deelnemers));
        }

        var actor = Bevoegdheid.MedewerkerVan(org, actorId, lead.Slug, "een samenwerkingsvoorstel starten als penvoerder");
        return new Samenwerkingsvoorstel
        {
            Id = voorstelId,
            Titel = titelTekst,
            Samenwerkingsverband = lead.Samenwerkingsverbanden.First(s => Bevoegdheid.Same(s, verband)),
            Penvoerder = lead.Slug,
            Deelnemers = gemeenten.Select(g => new Deelnemer(g.Slug, g.Naam, null, null, null, null, null)).ToList(),
            GedeeldeVelden = gedeeldeVelden.Clone(),
            AangemaaktDoor = actor.Id,
            AangemaaktOp = now,
            GewijzigdOp = now,
        };
    }

    public bool IsDeelnemer(string gemeente) => FindDeelnemer(gemeente) is not null;

    public Deelnemer GetDeelnemer(string gemeente) =>
        FindDeelnemer(gemeente) ?? throw new ArgumentException($"Gemeente '{gemeente}' neemt niet deel aan '{Id}'.", nameof(gemeente));

    /// <summary>Only the penvoerder writes the shared content; the participants adopt it in their own dossiers.</summary>
    public SamenwerkingGebeurtenis WijzigGedeeldeVelden(OrganisatieConfig org, string actorId, JsonElement velden, DateTimeOffset now)
    {
        var actor = Bevoegdheid.MedewerkerVan(org, actorId, Penvoerder, $"de gedeelde inhoud van '{Id}' bewerken");
        Bevoegdheid.RequireObject(velden, nameof(velden));
        GedeeldeVelden = velden.Clone();
        GewijzigdOp = now;
        return new SamenwerkingGebeurtenis(actor.Id, "samenwerking.gedeeldeVeldenGewijzigd", Object, AuditResult.Ok, now);
    }

    /// <summary>
    /// Sets a participant's own data. Staff of that municipality or of the penvoerder may do so; the
    /// portefeuillehouder must hold <paramref name="portefeuille"/> in that municipality.
    /// </summary>
    public SamenwerkingGebeurtenis StelDeelnemerIn(
        OrganisatieConfig org,
        string actorId,
        string gemeente,
        DateOnly? collegedatum,
        string? portefeuillehouderId,
        string? portefeuille,
        string? programma,
        DateTimeOffset now)
    {
        var deelnemer = GetDeelnemer(gemeente);
        var actor = RequireDeelnemerOfPenvoerder(org, actorId, deelnemer.Gemeente, "de gegevens van de gemeente vastleggen");
        string? houderId = null;
        if (!string.IsNullOrWhiteSpace(portefeuillehouderId) || !string.IsNullOrWhiteSpace(portefeuille))
        {
            var p = Bevoegdheid.RequireText(portefeuille, nameof(portefeuille));
            var houder = org.FindPersoon(Bevoegdheid.RequireText(portefeuillehouderId, nameof(portefeuillehouderId)));
            if (houder is null || !org.ResolveRol(deelnemer.Gemeente, Rol.Portefeuillehouder, null, p).Contains(houder))
            {
                throw new ArgumentException(
                    $"'{portefeuillehouderId}' is not a portefeuillehouder of '{deelnemer.Gemeente}' holding portefeuille '{p}'.", nameof(portefeuillehouderId));
            }

            houderId = houder.Id;
            portefeuille = p;
        }

        Deelnemers = Replace(deelnemer with
        {
            Collegedatum = collegedatum,
            PortefeuillehouderId = houderId,
            Portefeuille = portefeuille,
            Programma = string.IsNullOrWhiteSpace(programma) ? null : programma.Trim(),
        });
        GewijzigdOp = now;
        return new SamenwerkingGebeurtenis(actor.Id, "samenwerking.deelnemerIngesteld", Object, AuditResult.Ok, now, deelnemer.Gemeente);
    }

    /// <summary>
    /// Links the participant's own dossier once it exists. Linking the same dossier again is a no-op (the caller
    /// may retry after a failed save); a different dossier is a conflict, since a participant decides once.
    /// </summary>
    public SamenwerkingGebeurtenis? KoppelDossier(string gemeente, string dossierId, string actorId, DateTimeOffset now)
    {
        var deelnemer = GetDeelnemer(gemeente);
        var id = Bevoegdheid.RequireText(dossierId, nameof(dossierId));
        var actor = Bevoegdheid.RequireText(actorId, nameof(actorId));
        if (deelnemer.DossierId is not null)
        {
            return Bevoegdheid.Same(deelnemer.DossierId, id)
                ? null
                : throw new DossierStateException($"Gemeente '{deelnemer.Gemeente}' heeft voor '{Id}' al dossier '{deelnemer.DossierId}'.");
        }

        Deelnemers = Replace(deelnemer with { DossierId = id });
        GewijzigdOp = now;
        return new SamenwerkingGebeurtenis(actor, "samenwerking.dossierGekoppeld", Object, AuditResult.Ok, now, $"{deelnemer.Gemeente}: {id}");
    }

    /// <summary>Adds a step to the planned process. The planning is the penvoerder's; <paramref name="gemeente"/> null means all participants.</summary>
    public Mijlpaal PlanMijlpaal(
        OrganisatieConfig org,
        string actorId,
        string omschrijving,
        MijlpaalSoort soort,
        DateOnly geplandOp,
        string? gemeente,
        DateTimeOffset now)
    {
        Bevoegdheid.MedewerkerVan(org, actorId, Penvoerder, $"het proces van '{Id}' plannen");
        var tekst = Bevoegdheid.RequireText(omschrijving, nameof(omschrijving));
        if (!Enum.IsDefined(soort))
        {
            throw new ArgumentException($"Onbekende soort mijlpaal '{soort}'.", nameof(soort));
        }

        var slug = gemeente is null ? null : GetDeelnemer(gemeente).Gemeente;
        // Milestones are never removed, so a sequence number is a stable id for the tracker and for links to it.
        var mijlpaal = new Mijlpaal($"m{Mijlpalen.Count + 1}", tekst, soort, slug, geplandOp, null, null);
        Mijlpalen = [.. Mijlpalen, mijlpaal];
        GewijzigdOp = now;
        return mijlpaal;
    }

    /// <summary>
    /// As <see cref="MarkeerGebeurd(OrganisatieConfig, string, string, DateOnly, DateTimeOffset)"/>, but refuses a step
    /// the college decisions in <paramref name="standen"/> already made happen: its date is the meeting's, not a hand's.
    /// </summary>
    public SamenwerkingGebeurtenis MarkeerGebeurd(OrganisatieConfig org, string actorId, string mijlpaalId, DateOnly datum, IEnumerable<DossierStand> standen, DateTimeOffset now)
    {
        if (Tracker(standen, NederlandseTijd.Datum(now)).Mijlpalen.FirstOrDefault(m => Bevoegdheid.Same(m.Id, mijlpaalId)) is { DoorBesluit: true } gedaan)
        {
            throw new DossierStateException($"Mijlpaal '{gedaan.Id}' van '{Id}' is gedaan door het collegebesluit van {gedaan.GebeurdOp:dd-MM-yyyy}; die hoeft niet te worden afgevinkt.");
        }

        return MarkeerGebeurd(org, actorId, mijlpaalId, datum, now);
    }

    /// <summary>
    /// Records that a planned step happened on <paramref name="datum"/>. A joint step is the penvoerder's to mark;
    /// one municipality's step its own staff or the penvoerder's.
    /// </summary>
    public SamenwerkingGebeurtenis MarkeerGebeurd(OrganisatieConfig org, string actorId, string mijlpaalId, DateOnly datum, DateTimeOffset now)
    {
        var mijlpaal = Mijlpalen.FirstOrDefault(m => Bevoegdheid.Same(m.Id, mijlpaalId))
            ?? throw new ArgumentException($"'{Id}' heeft geen mijlpaal '{mijlpaalId}'.", nameof(mijlpaalId));
        var actor = mijlpaal.Gemeente is null
            ? Bevoegdheid.MedewerkerVan(org, actorId, Penvoerder, $"de gezamenlijke stap '{mijlpaal.Omschrijving}' van '{Id}' afvinken")
            : RequireDeelnemerOfPenvoerder(org, actorId, mijlpaal.Gemeente, $"de stap '{mijlpaal.Omschrijving}' afvinken");
        if (mijlpaal.Gebeurd)
        {
            throw new DossierStateException($"Mijlpaal '{mijlpaal.Id}' van '{Id}' is al als gebeurd gemarkeerd op {mijlpaal.GebeurdOp:dd-MM-yyyy}.");
        }

        if (datum > NederlandseTijd.Datum(now))
        {
            throw new ArgumentException($"{datum:dd-MM-yyyy} ligt in de toekomst; alleen een stap die heeft plaatsgevonden kan als gedaan worden gemarkeerd.", nameof(datum));
        }

        Mijlpalen = Mijlpalen.Select(m => m == mijlpaal ? m with { GebeurdOp = datum, GemarkeerdDoor = actor.Id } : m).ToList();
        GewijzigdOp = now;
        return new SamenwerkingGebeurtenis(actor.Id, "samenwerking.mijlpaalGebeurd", Object, AuditResult.Ok, now, $"{mijlpaal.Id} {mijlpaal.Omschrijving}");
    }

    /// <summary>
    /// The tracker. <paramref name="standen"/> are the linked dossiers as the caller loaded them (see
    /// <see cref="DossierStand.Van"/>); a participant without one shows no status yet. Each participant's college
    /// date and decision come from its dossier, and a planned college decision is done by the real one.
    /// </summary>
    public SamenwerkingsOverzicht Tracker(IEnumerable<DossierStand> standen, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(standen);
        var perGemeente = new Dictionary<string, DossierStand>(StringComparer.OrdinalIgnoreCase);
        foreach (var stand in standen)
        {
            var deelnemer = GetDeelnemer(stand.Gemeente);
            if (!Bevoegdheid.Same(deelnemer.DossierId, stand.DossierId))
            {
                throw new ArgumentException(
                    $"Dossier '{stand.DossierId}' is not the dossier linked for '{deelnemer.Gemeente}' ({deelnemer.DossierId ?? "none"}).", nameof(standen));
            }

            if (!perGemeente.TryAdd(deelnemer.Gemeente, stand))
            {
                throw new ArgumentException($"Two dossier states given for '{deelnemer.Gemeente}'.", nameof(standen));
            }
        }

        var mijlpalen = Mijlpalen
            .OrderBy(m => m.GeplandOp)
            .ThenBy(m => m.Gemeente is null ? 0 : 1)
            .Select(m => Voortgang(m, perGemeente, vandaag))
            .ToList();
        var deelnemers = Deelnemers.Select(d =>
        {
            var stand = perGemeente.GetValueOrDefault(d.Gemeente);
            return new DeelnemerVoortgang(
                d.Gemeente,
                d.Naam,
                Bevoegdheid.Same(d.Gemeente, Penvoerder),
                d.Collegedatum ?? GeplandCollegebesluit(d.Gemeente),
                stand?.Vergaderdatum,
                d.PortefeuillehouderId,
                d.Portefeuille,
                d.Programma,
                d.DossierId,
                stand?.Status,
                stand?.Stap,
                stand?.WachtOp ?? [],
                stand?.Uitkomst,
                stand?.Besluitdatum,
                mijlpalen.Where(m => m.Gemeente is null || Bevoegdheid.Same(m.Gemeente, d.Gemeente)).ToList())
            {
                BesluitOpenbaar = stand is { IsOpenbaar: true, Uitkomst: not null, Besluitdatum: not null },
            };
        }).ToList();
        return new SamenwerkingsOverzicht(Id, Titel, Samenwerkingsverband, Penvoerder, deelnemers, mijlpalen);
    }

    /// <summary>
    /// A milestone's state. A hand mark stands as marked; otherwise a planned college decision is done by the real
    /// one: one municipality's when its dossier's college decided (Aangehouden only postpones, so does not count),
    /// a joint one when every participant decided, on the last of those meetings.
    /// </summary>
    private MijlpaalVoortgang Voortgang(Mijlpaal m, Dictionary<string, DossierStand> perGemeente, DateOnly vandaag)
    {
        var besluiten = m.Gebeurd || m.Soort is not (MijlpaalSoort.Collegebesluit or MijlpaalSoort.VoorlopigCollegebesluit)
            ? []
            : BesluitenVoor(m.Gemeente, perGemeente);
        var gebeurdOp = m.GebeurdOp ?? (besluiten.Count > 0 ? besluiten.Max(b => b.Vergaderdatum) : null);
        var gebeurd = gebeurdOp is not null;
        return new MijlpaalVoortgang(m.Id, m.Omschrijving, m.Soort, m.Gemeente, m.GeplandOp, gebeurd, gebeurdOp, !gebeurd && m.GeplandOp < vandaag, besluiten);
    }

    /// <summary>Without a date of its own, a participant's college is planned to decide on its planned Collegebesluit step.</summary>
    private DateOnly? GeplandCollegebesluit(string gemeente) =>
        Mijlpalen.Where(m => m.Soort == MijlpaalSoort.Collegebesluit && Bevoegdheid.Same(m.Gemeente, gemeente)).Select(m => (DateOnly?)m.GeplandOp).Min();

    /// <summary>The decisions that settle a college milestone of <paramref name="gemeente"/> (null: all participants), or none while one is missing.</summary>
    private List<MijlpaalBesluit> BesluitenVoor(string? gemeente, Dictionary<string, DossierStand> perGemeente)
    {
        var besluiten = new List<MijlpaalBesluit>();
        foreach (var deelnemer in Deelnemers.Where(d => gemeente is null || Bevoegdheid.Same(d.Gemeente, gemeente)))
        {
            if (perGemeente.GetValueOrDefault(deelnemer.Gemeente) is not { IsBesloten: true } stand)
            {
                return [];
            }

            besluiten.Add(new MijlpaalBesluit(deelnemer.Gemeente, stand.Uitkomst!.Value, stand.Besluitdatum!.Value));
        }

        return besluiten;
    }

    private Deelnemer? FindDeelnemer(string gemeente) => Deelnemers.FirstOrDefault(d => Bevoegdheid.Same(d.Gemeente, gemeente));

    private Persoon RequireDeelnemerOfPenvoerder(OrganisatieConfig org, string actorId, string gemeente, string actie)
    {
        ArgumentNullException.ThrowIfNull(org);
        var actor = string.IsNullOrWhiteSpace(actorId) ? null : org.FindPersoon(actorId);
        return actor is not null && (Bevoegdheid.IsVan(actor, gemeente) || Bevoegdheid.IsVan(actor, Penvoerder))
            ? actor
            : throw new DossierForbiddenException($"'{actorId}' werkt niet voor '{gemeente}' en niet voor penvoerder '{Penvoerder}' en mag in '{Id}' niet: {actie}.");
    }

    private List<Deelnemer> Replace(Deelnemer nieuw) =>
        Deelnemers.Select(d => Bevoegdheid.Same(d.Gemeente, nieuw.Gemeente) ? nieuw : d).ToList();
}
