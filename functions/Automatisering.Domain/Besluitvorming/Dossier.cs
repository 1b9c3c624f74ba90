using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// An agendapunt with its collegeadvies and attachments on its way to a college decision: a state machine of
/// <see cref="DossierStatus"/> with guarded transitions. Every guard runs before any change, so a refused action
/// (<see cref="DossierForbiddenException"/>, <see cref="DossierStateException"/>, <see cref="ArgumentException"/>)
/// leaves the dossier exactly as it was. Round-trips through System.Text.Json with <see cref="BesluitvormingJson.Options"/>.
/// </summary>
public sealed class Dossier
{
    /// <summary>The template field holding the decision text; a Conform decision adopts it verbatim.</summary>
    public const string ConceptbesluitVeld = "conceptbesluit";

    [JsonConstructor]
    private Dossier()
    {
    }

    [JsonInclude] public string Id { get; private set; } = "";

    /// <summary>The gemeente's registration number of the item, e.g. "2026-0123": per year, never reused.</summary>
    [JsonInclude] public string? Registratienummer { get; private set; }
    [JsonInclude] public string Gemeente { get; private set; } = "";
    [JsonInclude] public string Onderwerp { get; private set; } = "";
    [JsonInclude] public string Portefeuille { get; private set; } = "";
    [JsonInclude] public string? Afdeling { get; private set; }
    [JsonInclude] public string AuteurId { get; private set; } = "";

    /// <summary>The template data (an object) the documents are generated from.</summary>
    [JsonInclude] public JsonElement Velden { get; private set; }

    [JsonInclude] public bool FinancieleGevolgen { get; private set; }
    [JsonInclude] public DossierStatus Status { get; private set; }
    [JsonInclude] public IReadOnlyList<DocumentVersie> Versies { get; private set; } = [];
    [JsonInclude] public IReadOnlyList<StapVoortgang> Stappen { get; private set; } = [];

    /// <summary>Index into <see cref="Stappen"/> of the step the route is at (or was at when returned).</summary>
    [JsonInclude] public int? HuidigeStap { get; private set; }

    [JsonInclude] public IReadOnlyList<VervallenParaaf> VervallenParafen { get; private set; } = [];
    [JsonInclude] public IReadOnlyList<Opmerking> Opmerkingen { get; private set; } = [];
    [JsonInclude] public DateOnly? Vergaderdatum { get; private set; }
    [JsonInclude] public IReadOnlyList<GenomenBesluit> Besluiten { get; private set; } = [];
    [JsonInclude] public DateTimeOffset AangemaaktOp { get; private set; }
    [JsonInclude] public DateTimeOffset? IngediendOp { get; private set; }
    [JsonInclude] public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>
    /// The audit line of the last change, written with it; <see cref="DossierService"/> appends it to the trail
    /// after the write and again, idempotently, before the next change or when the trail is read.
    /// </summary>
    [JsonInclude] public IReadOnlyList<AuditOpdracht> OpenAudit { get; internal set; } = [];

    [JsonIgnore] public DocumentVersie HuidigeVersie => Versies[^1];

    /// <summary>The last decision; for a held-over item the Aangehouden decision until the college decides again.</summary>
    [JsonIgnore] public GenomenBesluit? Besluit => Besluiten.Count == 0 ? null : Besluiten[^1];

    /// <summary>The draft decision's points: the field is a list of points ({nr, tekst, intentie, subpunten}) or plain text.</summary>
    [JsonIgnore]
    public IReadOnlyList<Besluitpunt> ConceptbesluitPunten =>
        Velden.ValueKind == JsonValueKind.Object && Velden.TryGetProperty(ConceptbesluitVeld, out var veld) ? Besluittekst.FromVeld(veld) : [];

    /// <summary>The draft decision in text form (<see cref="Besluittekst.Format"/>), null when there is none.</summary>
    [JsonIgnore]
    public string? Conceptbesluit => ConceptbesluitPunten is { Count: > 0 } punten ? Besluittekst.Format(punten) : null;

    public static Dossier Create(
        OrganisatieConfig org,
        string id,
        string gemeente,
        string auteurId,
        string onderwerp,
        string portefeuille,
        JsonElement velden,
        string versieHash,
        bool financieleGevolgen,
        DateTimeOffset now,
        string? registratienummer = null,
        IReadOnlyDictionary<string, string>? sjablonen = null)
    {
        ArgumentNullException.ThrowIfNull(org);
        RequireText(id, nameof(id));
        RequireText(onderwerp, nameof(onderwerp));
        RequireText(portefeuille, nameof(portefeuille));
        RequireObject(velden, nameof(velden));
        var hash = NormaliseHash(versieHash, nameof(versieHash));
        var g = org.FindGemeente(gemeente) ?? throw new ArgumentException($"Onbekende gemeente '{gemeente}'.", nameof(gemeente));

        var auteur = org.FindPersoon(auteurId);
        if (auteur is null || !SameGemeente(auteur, g.Slug) || !auteur.HasRol(Rol.Medewerker))
        {
            throw new DossierForbiddenException($"'{auteurId}' is geen medewerker van gemeente '{g.Slug}' en kan daar geen dossier starten.");
        }

        if (org.ResolveRol(g.Slug, Rol.Portefeuillehouder, auteur.Afdeling, portefeuille).Count == 0)
        {
            throw new ArgumentException($"Geen portefeuillehouder van '{g.Slug}' heeft de portefeuille '{portefeuille}'.", nameof(portefeuille));
        }

        return new Dossier
        {
            Id = id,
            Registratienummer = registratienummer,
            Gemeente = g.Slug,
            Onderwerp = onderwerp.Trim(),
            Portefeuille = portefeuille.Trim(),
            Afdeling = auteur.Afdeling,
            AuteurId = auteur.Id,
            Velden = velden.Clone(),
            FinancieleGevolgen = financieleGevolgen,
            Status = DossierStatus.Concept,
            Versies = [new DocumentVersie(1, hash, now, auteur.Id, sjablonen)],
            AangemaaktOp = now,
            GewijzigdOp = now,
        };
    }

    /// <summary>
    /// The author (or their active substitute) stores a new version. During the route this voids parafen on the old
    /// version and restarts the route per the municipality's <see cref="HerstartRegel"/>.
    /// </summary>
    public void Edit(OrganisatieConfig org, string actorId, JsonElement velden, string versieHash, DateTimeOffset now, bool? financieleGevolgen = null, IReadOnlyDictionary<string, string>? sjablonen = null)
    {
        var actor = RequireAuteur(org, actorId, now, "bewerken");
        RequireStatus("bewerken", DossierStatus.Concept, DossierStatus.InRoute, DossierStatus.Teruggestuurd);
        RequireObject(velden, nameof(velden));
        var hash = NormaliseHash(versieHash, nameof(versieHash));
        if (hash == HuidigeVersie.Hash)
        {
            throw new ArgumentException("Deze bewerking levert geen nieuwe documentversie op (zelfde versieHash als de huidige).", nameof(versieHash));
        }

        var versie = new DocumentVersie(HuidigeVersie.Nummer + 1, hash, now, actor.Id, sjablonen);
        Velden = velden.Clone();
        FinancieleGevolgen = financieleGevolgen ?? FinancieleGevolgen;
        Versies = [.. Versies, versie];
        if (Stappen.Count > 0)
        {
            Herstart(org.GetGemeente(Gemeente).Route.Herstart, versie, now);
        }

        GewijzigdOp = now;
    }

    /// <summary>Starts the route from Concept, or resumes it after the author dealt with a return.</summary>
    public void Submit(OrganisatieConfig org, string actorId, DateTimeOffset now, string? antwoord = null)
    {
        var actor = RequireAuteur(org, actorId, now, "indienen");
        RequireStatus("indienen", DossierStatus.Concept, DossierStatus.Teruggestuurd);
        if (string.IsNullOrWhiteSpace(Conceptbesluit))
        {
            throw new DossierStateException($"Het dossier heeft geen tekst in '{ConceptbesluitVeld}'; zonder conceptbesluit kan het college niet besluiten.");
        }

        if (Status == DossierStatus.Concept)
        {
            var route = org.GetGemeente(Gemeente).Route;
            Stappen = route.Stappen
                .Select((stap, i) => new StapVoortgang(
                    i,
                    stap.Naam ?? string.Join(" + ", stap.ParsedRollen.Select(r => r.Label())),
                    stap.ParsedRollen,
                    stap.When,
                    !RouteVoorwaarden.Evaluate(stap.When, FinancieleGevolgen),
                    [],
                    null))
                .ToList();
            IngediendOp = now;
        }

        // After a return the steller may answer the comment; the answer stays with the comments, for the signers.
        if (Status == DossierStatus.Teruggestuurd && !string.IsNullOrWhiteSpace(antwoord))
        {
            Opmerkingen = [.. Opmerkingen, new Opmerking(actor.Id, actor.Naam, antwoord.Trim(), now, HuidigeVersie.Nummer, Teruggestuurd: false)];
        }

        Status = DossierStatus.InRoute;
        GaNaarEersteOpenStap(now);
        GewijzigdOp = now;
    }

    /// <summary>
    /// The person assigned to the current step (or their active substitute) signs the given version. The
    /// portefeuillehouder's paraaf completes the route and puts the item on <paramref name="vergaderdatum"/>.
    /// </summary>
    /// <summary>
    /// Whether a paraaf by <paramref name="actorId"/> on this version would be a repeat: he signed this version and
    /// the current step has nothing open for him. Such a paraaf (after a lost answer, a double tap on a phone) is
    /// answered with the current state instead of a refusal. Someone who signed an earlier step and now holds the
    /// current one (e.g. as a substitute) is not repeating himself.
    /// </summary>
    public bool IsHerhaaldeParaaf(OrganisatieConfig org, string actorId, string versieHash, DateTimeOffset now)
    {
        var hash = versieHash.Trim().ToLowerInvariant();
        if (hash != HuidigeVersie.Hash || !Stappen.Any(s => s.Parafen.Any(p => p.PersoonId == actorId && p.VersieHash == hash)))
        {
            return false;
        }

        return Status != DossierStatus.InRoute
            || HuidigeStap is not { } index
            || org.FindPersoon(actorId) is not { } actor
            || !Bevoegdheden(org, actor, Stappen[index].Rollen, now).Any(b => Stappen[index].OpenRollen.Contains(b.Rol));
    }

    public void GiveParaaf(OrganisatieConfig org, string actorId, string versieHash, DateTimeOffset now, DateOnly? vergaderdatum = null, string? opmerking = null)
    {
        var actor = RequireEigenGemeente(org, actorId, "parafering geven op");
        RequireStatus("parafering", DossierStatus.InRoute);
        var stap = Stappen[HuidigeStap!.Value];
        var bevoegd = Bevoegdheden(org, actor, stap.Rollen, now);
        if (bevoegd.Count == 0)
        {
            throw new DossierForbiddenException($"'{actor.Id}' is niet aangewezen voor stap '{stap.Naam}' van dossier '{Id}' en vervangt ook niemand die dat is.");
        }

        var open = bevoegd.Where(b => stap.OpenRollen.Contains(b.Rol)).ToList();
        if (open.Count == 0)
        {
            throw new DossierStateException($"'{actor.Id}' heeft stap '{stap.Naam}' van dossier '{Id}' al geparafeerd.");
        }

        var hash = NormaliseHash(versieHash, nameof(versieHash));
        if (hash != HuidigeVersie.Hash)
        {
            throw new DossierConflictException(
                $"De paraaf is voor een versie die niet meer actueel is; versie {HuidigeVersie.Nummer} ({HuidigeVersie.Hash}) is dat wel. Bekijk die en parafeer opnieuw.",
                HuidigeVersie.Hash);
        }

        var isLaatsteStap = stap.Rollen.Contains(Rol.Portefeuillehouder);
        if (isLaatsteStap)
        {
            if (vergaderdatum is null)
            {
                throw new ArgumentException("Bij de paraaf van de portefeuillehouder hoort de keuze van de collegevergadering (vergaderdatum).", nameof(vergaderdatum));
            }

            if (vergaderdatum < NederlandseTijd.Datum(now))
            {
                throw new ArgumentException($"De vergaderdatum {vergaderdatum:dd-MM-yyyy} ligt in het verleden.", nameof(vergaderdatum));
            }
        }
        else if (vergaderdatum is not null)
        {
            throw new ArgumentException("Alleen de portefeuillehouder kiest de collegevergadering; laat vergaderdatum leeg.", nameof(vergaderdatum));
        }

        // "Akkoord, met opmerking": the remark travels with the paraaf, so the route shows it where it was given.
        var opmerkingTekst = string.IsNullOrWhiteSpace(opmerking) ? null : opmerking.Trim();
        var parafen = open.Select(b => new Paraaf(b.Rol, actor.Id, actor.Naam, actor.Initialen, b.NamensPersoonId, now, HuidigeVersie.Nummer, HuidigeVersie.Hash, opmerkingTekst));
        Stappen = Replace(Stappen, stap with { Parafen = [.. stap.Parafen, .. parafen] });
        if (Stappen[stap.Index].IsAfgerond)
        {
            if (isLaatsteStap)
            {
                Status = DossierStatus.Geagendeerd;
                Vergaderdatum = vergaderdatum;
                HuidigeStap = null;
            }
            else
            {
                GaNaarEersteOpenStap(now);
            }
        }

        GewijzigdOp = now;
    }

    /// <summary>The current step's assignee sends the item back to the author with a comment.</summary>
    public void Return(OrganisatieConfig org, string actorId, string opmerking, DateTimeOffset now)
    {
        var actor = RequireEigenGemeente(org, actorId, "terugsturen");
        RequireStatus("terugsturen", DossierStatus.InRoute);
        var stap = Stappen[HuidigeStap!.Value];
        if (Bevoegdheden(org, actor, stap.Rollen, now).Count == 0)
        {
            throw new DossierForbiddenException($"'{actor.Id}' is niet aangewezen voor stap '{stap.Naam}' van dossier '{Id}' en kan het niet terugsturen.");
        }

        RequireText(opmerking, nameof(opmerking));
        Opmerkingen = [.. Opmerkingen, new Opmerking(actor.Id, actor.Naam, opmerking.Trim(), now, HuidigeVersie.Nummer, Teruggestuurd: true)];
        Status = DossierStatus.Teruggestuurd;
        GewijzigdOp = now;
    }

    /// <summary>
    /// Records the college's decision taken at the meeting of <paramref name="vergaderdatum"/>. Called through
    /// <see cref="Collegevergadering.RecordDecision"/>, which also updates the agenda.
    /// </summary>
    internal void RecordBesluit(OrganisatieConfig org, string actorId, Besluit besluit, DateOnly vergaderdatum, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(besluit);
        var actor = RequireEigenGemeente(org, actorId, "een besluit vastleggen over");
        if (!actor.HasRol(Rol.Bestuurssecretariaat))
        {
            throw new DossierForbiddenException($"'{actor.Id}' hoort niet bij het bestuurssecretariaat van '{Gemeente}' en kan geen besluiten vastleggen.");
        }

        RequireStatus("een besluit vastleggen", DossierStatus.Geagendeerd, DossierStatus.Aangehouden);
        if (Vergaderdatum != vergaderdatum)
        {
            throw new DossierStateException($"Dossier '{Id}' staat op de vergadering van {Vergaderdatum:dd-MM-yyyy}, niet op die van {vergaderdatum:dd-MM-yyyy}.");
        }

        if (NederlandseTijd.Datum(now) < vergaderdatum)
        {
            throw new DossierStateException($"Het college vergadert op {Vergaderkalender.Tekst(vergaderdatum)}; een besluit kan pas vanaf die dag worden vastgelegd.");
        }

        var genomen = Neem(besluit, vergaderdatum, actor, now);
        Besluiten = [.. Besluiten, genomen];
        if (besluit.Uitkomst == BesluitUitkomst.Aangehouden)
        {
            Status = DossierStatus.Aangehouden;
            Vergaderdatum = besluit.AangehoudenTot;
        }
        else
        {
            Status = DossierStatus.Besloten;
        }

        GewijzigdOp = now;
    }

    /// <summary>Notes which templates made the documents of the latest decision (its regenerated agendapunt).</summary>
    internal void NoteerBesluitSjablonen(IReadOnlyDictionary<string, string> sjablonen)
    {
        if (Besluiten.Count > 0)
        {
            Besluiten = [.. Besluiten.Take(Besluiten.Count - 1), Besluiten[^1] with { Sjablonen = sjablonen }];
        }
    }

    /// <summary>
    /// The secretariat corrects a recorded decision (a typing error, a wrong outcome) with a reason. The correction
    /// is a new decision naming the one it corrects; the original stays. A held-over item is moved instead, so
    /// neither the original nor the correction may be Aangehouden.
    /// </summary>
    internal void CorrigeerBesluit(OrganisatieConfig org, string actorId, Besluit besluit, string reden, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(besluit);
        var actor = RequireSecretariaat(org, actorId, "een besluit corrigeren van");
        RequireStatus("een besluit corrigeren", DossierStatus.Besloten);
        RequireText(reden, nameof(reden));
        var origineel = Besluit!;
        if (besluit.Uitkomst == BesluitUitkomst.Aangehouden)
        {
            throw new ArgumentException("Een besluit kan niet worden gecorrigeerd tot Aangehouden; verplaats het agendapunt naar een latere vergadering.", nameof(besluit));
        }

        var correctie = Neem(besluit, origineel.Vergaderdatum, actor, now) with { CorrectieVan = Besluiten.Count, Reden = reden.Trim() };
        if (correctie.Uitkomst == origineel.Uitkomst && correctie.BesluitPunten.SequenceEqual(origineel.BesluitPunten))
        {
            throw new ArgumentException("De correctie is gelijk aan het vastgelegde besluit; er valt niets te corrigeren.", nameof(besluit));
        }

        Besluiten = [.. Besluiten, correctie];
        GewijzigdOp = now;
    }

    /// <summary>
    /// The secretariat moves a scheduled item to another meeting before it takes place, with a reason. The caller
    /// checks the target against the meeting calendar and updates both agendas.
    /// </summary>
    internal void Verplaats(OrganisatieConfig org, string actorId, DateOnly naar, string reden, DateTimeOffset now)
    {
        RequireSecretariaat(org, actorId, "verplaatsen");
        RequireStatus("verplaatsen", DossierStatus.Geagendeerd, DossierStatus.Aangehouden);
        RequireText(reden, nameof(reden));
        if (Vergaderdatum is { } van && van < NederlandseTijd.Datum(now))
        {
            throw new DossierStateException($"De vergadering van {van:dd-MM-yyyy} is al geweest; leg eerst het besluit vast (bijvoorbeeld Aangehouden).");
        }

        if (naar == Vergaderdatum)
        {
            throw new ArgumentException($"Het agendapunt staat al op de vergadering van {naar:dd-MM-yyyy}.", nameof(naar));
        }

        if (naar < NederlandseTijd.Datum(now))
        {
            throw new ArgumentException($"De vergadering van {naar:dd-MM-yyyy} ligt in het verleden.", nameof(naar));
        }

        Vergaderdatum = naar;
        GewijzigdOp = now;
    }

    /// <summary>Everyone the dossier currently waits on, including active substitutes.</summary>
    public IReadOnlyList<Wachtende> WaitingOn(OrganisatieConfig org, DateTimeOffset now) => Status switch
    {
        DossierStatus.InRoute => WachtendenVoor(org, Stappen[HuidigeStap!.Value].OpenRollen, now),
        DossierStatus.Concept or DossierStatus.Teruggestuurd => MetVervangers(org, [(org.FindPersoon(AuteurId), Rol.Medewerker)], now),
        _ => [],
    };

    /// <summary>Inbox predicate: true when <paramref name="persoonId"/> (or the person they substitute for) should act.</summary>
    public bool IsWaitingOn(OrganisatieConfig org, string persoonId, DateTimeOffset now) =>
        WaitingOn(org, now).Any(w => string.Equals(w.PersoonId, persoonId, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<RouteStapStatus> RouteProgress(OrganisatieConfig org, DateTimeOffset now) =>
        Stappen.Select(stap =>
        {
            var toestand = stap.Overgeslagen ? StapToestand.Overgeslagen
                : stap.IsAfgerond ? StapToestand.Afgerond
                : stap.Index == HuidigeStap && Status == DossierStatus.Teruggestuurd ? StapToestand.Teruggestuurd
                : stap.Index == HuidigeStap ? StapToestand.Bezig
                : StapToestand.Open;
            var wachtOp = toestand == StapToestand.Bezig && Status == DossierStatus.InRoute
                ? WachtendenVoor(org, stap.OpenRollen, now)
                : [];
            return new RouteStapStatus(stap.Index + 1, stap.Naam, stap.Rollen, toestand, stap.Parafen, wachtOp, stap.ActiefSinds);
        }).ToList();

    /// <summary>The parafen block and decision lines for the regenerated agendapunt.</summary>
    public AgendapuntGegevens Agendapunt(OrganisatieConfig org)
    {
        var auteur = org.FindPersoon(AuteurId);
        var regels = new List<ParafenRegel>
        {
            new(Rol.Medewerker.Label(), auteur?.Naam ?? AuteurId, auteur?.Initialen ?? "", IngediendOp is { } op ? NederlandseTijd.Datum(op) : null, null),
        };
        foreach (var paraaf in Stappen.Where(s => !s.Overgeslagen).SelectMany(s => s.Parafen))
        {
            var namens = paraaf.NamensPersoonId is null ? null : org.FindPersoon(paraaf.NamensPersoonId)?.Naam ?? paraaf.NamensPersoonId;
            regels.Add(new ParafenRegel(paraaf.Rol.Label(), paraaf.Naam, paraaf.Initialen, NederlandseTijd.Datum(paraaf.GegevenOp), namens));
        }

        return new AgendapuntGegevens(
            Id,
            Onderwerp,
            Vergaderdatum,
            Afdeling,
            regels,
            Besluit is { } b ? $"Besluit B&W: {b.Uitkomst.Label()}" : null,
            Besluit?.Tekst);
    }

    private void Herstart(Herstart regel, DocumentVersie versie, DateTimeOffset now)
    {
        var huidig = HuidigeStap ?? Stappen.Count;
        var vanaf = regel.ParsedRegel switch
        {
            HerstartRegel.VanafEersteStap => 0,
            HerstartRegel.VanafLaatstGetekendeStap => Stappen
                .Where(s => s.Parafen.Count > 0)
                .OrderByDescending(s => s.Parafen.Max(p => p.GegevenOp))
                .ThenByDescending(s => s.Index)
                .Select(s => (int?)s.Index)
                .FirstOrDefault() ?? 0,
            HerstartRegel.VanafStap => regel.Stap!.Value - 1,
            _ => 0,
        };

        // Never restart beyond where the route got to: steps after it have not signed anything yet.
        vanaf = Math.Min(vanaf, huidig);
        var vervallen = new List<VervallenParaaf>();
        Stappen = Stappen.Select(s =>
        {
            var overgeslagen = !RouteVoorwaarden.Evaluate(s.When, FinancieleGevolgen);
            if (s.Index < vanaf)
            {
                return s with { Overgeslagen = overgeslagen };
            }

            vervallen.AddRange(s.Parafen.Select(p => new VervallenParaaf(p, now, versie.Nummer)));
            return s with { Overgeslagen = overgeslagen, Parafen = [], ActiefSinds = null };
        }).ToList();
        VervallenParafen = [.. VervallenParafen, .. vervallen];

        if (Status == DossierStatus.InRoute)
        {
            GaNaarEersteOpenStap(now);
        }
        else
        {
            // Returned: the route resumes on resubmit; the first open step may have moved if the flag changed.
            HuidigeStap = Stappen.FirstOrDefault(s => !s.IsAfgerond)?.Index;
        }
    }

    /// <summary>
    /// Moves to the first step still open. Earlier steps count too: a conditional step that became required after
    /// an edit must be signed even when the restart rule kept the steps around it.
    /// </summary>
    private void GaNaarEersteOpenStap(DateTimeOffset now)
    {
        var volgende = Stappen.FirstOrDefault(s => !s.IsAfgerond)
            ?? throw new DossierStateException($"Dossier '{Id}' heeft geen open stap; de route heeft geen stap voor de portefeuillehouder.");
        // The reminder clock of a step starts whenever it becomes current, also after a resubmit or restart.
        Stappen = Replace(Stappen, volgende with { ActiefSinds = now });
        HuidigeStap = volgende.Index;
    }

    private List<(Rol Rol, string? NamensPersoonId)> Bevoegdheden(OrganisatieConfig org, Persoon actor, IReadOnlyList<Rol> rollen, DateTimeOffset now)
    {
        var result = new List<(Rol, string?)>();
        foreach (var rol in rollen)
        {
            var toegewezen = org.ResolveRol(Gemeente, rol, Afdeling, Portefeuille);
            if (toegewezen.Any(p => SamePersoon(p, actor)))
            {
                result.Add((rol, null));
                continue;
            }

            var vervangen = toegewezen.FirstOrDefault(p => org.ActieveVervangers(p.Id, now).Any(v => SamePersoon(v, actor)));
            if (vervangen is not null)
            {
                result.Add((rol, vervangen.Id));
            }
        }

        return result;
    }

    private List<Wachtende> WachtendenVoor(OrganisatieConfig org, IReadOnlyList<Rol> rollen, DateTimeOffset now) =>
        MetVervangers(org, rollen.SelectMany(rol => org.ResolveRol(Gemeente, rol, Afdeling, Portefeuille).Select(p => ((Persoon?)p, rol))), now);

    private static List<Wachtende> MetVervangers(OrganisatieConfig org, IEnumerable<(Persoon? Persoon, Rol Rol)> toegewezen, DateTimeOffset now)
    {
        var result = new List<Wachtende>();
        foreach (var (persoon, rol) in toegewezen)
        {
            if (persoon is null)
            {
                continue;
            }

            result.Add(new Wachtende(persoon.Id, persoon.Naam, rol, null));
            result.AddRange(org.ActieveVervangers(persoon.Id, now).Select(v => new Wachtende(v.Id, v.Naam, rol, persoon.Id)));
        }

        return result.DistinctBy(w => (w.PersoonId.ToLowerInvariant(), w.Rol)).ToList();
    }

    /// <summary>The decision as adopted: Conform takes the conceptbesluit's points verbatim, Gewijzigd the amended ones.</summary>
    private GenomenBesluit Neem(Besluit besluit, DateOnly vergaderdatum, Persoon actor, DateTimeOffset now)
    {
        IReadOnlyList<Besluitpunt> punten;
        switch (besluit.Uitkomst)
        {
            case BesluitUitkomst.Conform:
                punten = ConceptbesluitPunten;
                break;
            case BesluitUitkomst.Gewijzigd:
                punten = besluit.GewijzigdePunten is { Count: > 0 } gegeven
                    ? Besluittekst.Schoon(gegeven)
                    : Besluittekst.Parse(besluit.GewijzigdeTekst ?? "");
                if (punten.Count == 0 || punten.All(p => string.IsNullOrWhiteSpace(p.Tekst)))
                {
                    throw new ArgumentException("Bij Gewijzigd hoort de gewijzigde besluittekst.", nameof(besluit));
                }

                break;
            case BesluitUitkomst.Aangehouden:
                if (besluit.AangehoudenTot is null || besluit.AangehoudenTot <= vergaderdatum)
                {
                    throw new ArgumentException($"Bij Aangehouden hoort een vergaderdatum na {vergaderdatum:dd-MM-yyyy}.", nameof(besluit));
                }

                punten = [];
                break;
            case BesluitUitkomst.NietAkkoord:
                punten = [];
                break;
            default:
                throw new ArgumentException($"Onbekende uitkomst '{besluit.Uitkomst}'.", nameof(besluit));
        }

        var tekst = punten.Count == 0 ? null : Besluittekst.Format(punten);
        Tekstlengte.Bewaak(tekst, besluit.GewijzigdePunten is null ? "tekst" : "punten", Tekstlengte.Besluittekst);
        var tot = besluit.Uitkomst == BesluitUitkomst.Aangehouden ? besluit.AangehoudenTot : null;
        return new GenomenBesluit(besluit.Uitkomst, tekst, vergaderdatum, tot, actor.Id, now, punten);
    }

    private Persoon RequireSecretariaat(OrganisatieConfig org, string actorId, string actie)
    {
        var actor = RequireEigenGemeente(org, actorId, actie);
        return actor.HasRol(Rol.Bestuurssecretariaat)
            ? actor
            : throw new DossierForbiddenException($"'{actor.Id}' hoort niet bij het bestuurssecretariaat van '{Gemeente}' en mag dossier '{Id}' niet {actie}.");
    }

    private Persoon RequireEigenGemeente(OrganisatieConfig org, string actorId, string actie)
    {
        ArgumentNullException.ThrowIfNull(org);
        var actor = string.IsNullOrWhiteSpace(actorId) ? null : org.FindPersoon(actorId);
        if (actor is null || !SameGemeente(actor, Gemeente))
        {
            throw new DossierForbiddenException($"'{actorId}' werkt niet voor gemeente '{Gemeente}' en mag dossier '{Id}' niet {actie}.");
        }

        return actor;
    }

    private Persoon RequireAuteur(OrganisatieConfig org, string actorId, DateTimeOffset now, string actie)
    {
        var actor = RequireEigenGemeente(org, actorId, actie);
        var isAuteur = string.Equals(actor.Id, AuteurId, StringComparison.OrdinalIgnoreCase)
            || org.ActieveVervangers(AuteurId, now).Any(v => SamePersoon(v, actor));
        return isAuteur
            ? actor
            : throw new DossierForbiddenException($"Alleen de steller '{AuteurId}' of diens actieve vervanger mag dossier '{Id}' {actie}.");
    }

    private void RequireStatus(string actie, params DossierStatus[] toegestaan)
    {
        if (!toegestaan.Contains(Status))
        {
            throw new DossierStateException($"Dossier '{Id}' staat op {Status}; {actie} kan alleen bij {string.Join(", ", toegestaan)}.");
        }
    }

    private static IReadOnlyList<StapVoortgang> Replace(IReadOnlyList<StapVoortgang> stappen, StapVoortgang nieuw) =>
        stappen.Select(s => s.Index == nieuw.Index ? nieuw : s).ToList();

    private static bool SamePersoon(Persoon a, Persoon b) => string.Equals(a.Id, b.Id, StringComparison.OrdinalIgnoreCase);

    private static bool SameGemeente(Persoon p, string gemeente) => string.Equals(p.Gemeente, gemeente, StringComparison.OrdinalIgnoreCase);

    private static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is verplicht.", name);
        }
    }

    private static void RequireObject(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{name} moet een JSON-object zijn, geen {value.ValueKind}.", name);
        }
    }

    private static string NormaliseHash(string? hash, string name)
    {
        var h = hash?.Trim().ToLowerInvariant() ?? "";
        return h.Length == 64 && h.All(Uri.IsHexDigit)
            ? h
            : throw new ArgumentException($"{name} moet een SHA-256-hash van 64 hexadecimale tekens zijn, niet '{hash}'.", name);
    }
}
