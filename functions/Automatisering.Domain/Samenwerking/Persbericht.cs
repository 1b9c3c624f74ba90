using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Templating;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// The eensluidend (aligned) press release of a joint proposal: the lead's communicatieadviseur writes the shared
/// text, every participant's communicatieadviseur adds the local quote and contact and approves, and it goes out to
/// every participant at one moment once every college decided Conform or Gewijzigd and the embargo passed.
/// Decisions arrive as events (<see cref="RegistreerBesluit"/>) in any order and possibly more than once. Guards run
/// before any change, so a refused action leaves the press release as it was. Every step returns a
/// <see cref="PersberichtResultaat"/> with audit events, notifications and deliveries for the caller to act on.
/// Round-trips through System.Text.Json with <see cref="BesluitvormingJson.Options"/>.
/// </summary>
public sealed class Persbericht
{
    /// <summary>The template whose schema the text is validated against (templates/default/persbericht.schema.json).</summary>
    public const string Template = "persbericht";

    // Filled per municipality (citaten, contacten) or per delivery (afzender), never in the shared text.
    private static readonly string[] LokaleVelden = ["afzender", "citaten", "contacten"];

    [JsonConstructor]
    private Persbericht()
    {
    }

    [JsonInclude] public string Id { get; private set; } = "";
    [JsonInclude] public string VoorstelId { get; private set; } = "";
    [JsonInclude] public string Samenwerkingsverband { get; private set; } = "";
    [JsonInclude] public string Penvoerder { get; private set; } = "";

    /// <summary>The lead's communicatieadviseur who drafted it; told when a college holds or blocks the release.</summary>
    [JsonInclude] public string OpstellerId { get; private set; } = "";

    /// <summary>The audit lines of the last change, written with it and appended afterwards (see <see cref="AuditOpdracht"/>).</summary>
    [JsonInclude] public IReadOnlyList<AuditOpdracht> OpenAudit { get; internal set; } = [];

    /// <summary>The shared template data (kop, lead, alineas, …) without the local fields.</summary>
    [JsonInclude] public JsonElement Tekst { get; private set; }

    /// <summary>Raised on every change of <see cref="Tekst"/>; an approval is for one version.</summary>
    [JsonInclude] public int TekstVersie { get; private set; }

    /// <summary>The participants, the penvoerder first; the order of the quotes and contacts in the release.</summary>
    [JsonInclude] public IReadOnlyList<PersDeelnemer> Deelnemers { get; private set; } = [];

    /// <summary>Every decision event received, duplicates excluded; the effective one per municipality is derived.</summary>
    [JsonInclude] public IReadOnlyList<OntvangenBesluit> OntvangenBesluiten { get; private set; } = [];

    [JsonInclude] public DateTimeOffset? EmbargoTot { get; private set; }
    [JsonInclude] public IReadOnlyList<PersberichtVrijgave> Vrijgaven { get; private set; } = [];
    [JsonInclude] public DateTimeOffset AangemaaktOp { get; private set; }
    [JsonInclude] public DateTimeOffset GewijzigdOp { get; private set; }

    [JsonIgnore] public string Object => $"persbericht/{Id}";

    [JsonIgnore]
    public PersberichtStatus Status =>
        Vrijgaven.Count == 0 ? Gereedheid().Status
        : Vrijgaven.Count == Deelnemers.Count ? PersberichtStatus.Vrijgegeven
        : PersberichtStatus.DeelsVrijgegeven;

    public static Persbericht Create(
        OrganisatieConfig org,
        TemplateSchema schema,
        Samenwerkingsvoorstel voorstel,
        string id,
        string actorId,
        JsonElement tekst,
        DateTimeOffset? embargoTot,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        var persberichtId = Bevoegdheid.RequireText(id, nameof(id));
        var actor = Bevoegdheid.CommunicatieadviseurVan(org, actorId, voorstel.Penvoerder, now, $"het gezamenlijke persbericht van '{voorstel.Id}' opstellen");
        ValideerTekst(schema, tekst);
        RequireToekomst(embargoTot, now);
        return new Persbericht
        {
            Id = persberichtId,
            VoorstelId = voorstel.Id,
            Samenwerkingsverband = voorstel.Samenwerkingsverband,
            Penvoerder = voorstel.Penvoerder,
            OpstellerId = actor.Id,
            Tekst = tekst.Clone(),
            TekstVersie = 1,
            Deelnemers = voorstel.Deelnemers.Select(d => new PersDeelnemer(d.Gemeente, d.Naam, null, null, null)).ToList(),
            EmbargoTot = embargoTot,
            AangemaaktOp = now,
            GewijzigdOp = now,
        };
    }

    /// <summary>The idempotency key of the delivery to <paramref name="gemeente"/>.</summary>
    public string Sleutel(string gemeente) => $"persbericht/{Id}/{GetDeelnemer(gemeente).Gemeente}";

    public bool IsVrijgegeven(string gemeente) => Vrijgaven.Any(v => Bevoegdheid.Same(v.Gemeente, gemeente));

    /// <summary>The decision that counts for <paramref name="gemeente"/>: the one of its latest meeting, whatever order they arrived in.</summary>
    public OntvangenBesluit? BesluitVan(string gemeente) =>
        OntvangenBesluiten
            .Where(b => Bevoegdheid.Same(b.Gemeente, gemeente))
            .OrderByDescending(b => b.Vergaderdatum)
            // Two decisions of one college on one day do not happen; the id only makes the choice deterministic if they do.
            .ThenByDescending(b => b.BesluitId, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The lead's communicatieadviseur rewrites the shared text; every approval given so far lapses.</summary>
    public PersberichtResultaat WijzigTekst(OrganisatieConfig org, TemplateSchema schema, string actorId, JsonElement tekst, DateTimeOffset now)
    {
        var actor = Bevoegdheid.CommunicatieadviseurVan(org, actorId, Penvoerder, now, $"persbericht '{Id}' bewerken");
        RequireNogNietVrijgegeven("de gedeelde tekst bewerken");
        ValideerTekst(schema, tekst);
        if (JsonElement.DeepEquals(tekst, Tekst))
        {
            return PersberichtResultaat.Leeg;
        }

        var vervallen = Deelnemers.Where(d => d.Akkoord is not null).Select(d => d.Gemeente).ToList();
        Tekst = tekst.Clone();
        TekstVersie++;
        Deelnemers = Deelnemers.Select(d => d with { Akkoord = null }).ToList();
        GewijzigdOp = now;
        var toelichting = vervallen.Count == 0 ? $"versie {TekstVersie}" : $"versie {TekstVersie}; akkoord vervallen van {string.Join(", ", vervallen)}";
        return Resultaat(new SamenwerkingGebeurtenis(actor.Id, "persbericht.tekstGewijzigd", Object, AuditResult.Ok, now, toelichting));
    }

    /// <summary>
    /// A participant's communicatieadviseur sets its own quote and contact. A change voids only that municipality's
    /// approval: the quote is its own responsibility, the shared text the others approved is unchanged.
    /// </summary>
    public PersberichtResultaat VulBijdrageAan(
        OrganisatieConfig org,
        TemplateSchema schema,
        string actorId,
        string gemeente,
        PersCitaat citaat,
        PersContact contact,
        DateTimeOffset now)
    {
        var deelnemer = GetDeelnemer(gemeente);
        var actor = Bevoegdheid.CommunicatieadviseurVan(org, actorId, deelnemer.Gemeente, now, $"de bijdrage van '{deelnemer.Gemeente}' aan persbericht '{Id}' schrijven");
        RequireNietVrijgegevenAan(deelnemer.Gemeente, "de bijdrage wijzigen");
        ArgumentNullException.ThrowIfNull(citaat);
        ArgumentNullException.ThrowIfNull(contact);
        var c = new PersCitaat(citaat.Wie?.Trim() ?? "", citaat.Functie?.Trim() ?? "", citaat.Citaat?.Trim() ?? "");
        var k = new PersContact(contact.Naam?.Trim() ?? "", contact.Telefoon?.Trim() ?? "", contact.Email?.Trim() ?? "");
        ValideerBijdrage(schema, deelnemer.Naam, c, k);
        if (c == deelnemer.Citaat && k == deelnemer.Contact)
        {
            return PersberichtResultaat.Leeg;
        }

        Deelnemers = Replace(deelnemer with { Citaat = c, Contact = k, Akkoord = null });
        GewijzigdOp = now;
        var toelichting = deelnemer.Akkoord is null ? deelnemer.Gemeente : $"{deelnemer.Gemeente}; eigen akkoord vervallen";
        return Resultaat(new SamenwerkingGebeurtenis(actor.Id, "persbericht.bijdrageIngevuld", Object, AuditResult.Ok, now, toelichting));
    }

    /// <summary>A participant's communicatieadviseur approves the current text with its own contribution; approving again is a no-op.</summary>
    public PersberichtResultaat GeefAkkoord(OrganisatieConfig org, string actorId, string gemeente, DateTimeOffset now)
    {
        var deelnemer = GetDeelnemer(gemeente);
        var actor = Bevoegdheid.CommunicatieadviseurVan(org, actorId, deelnemer.Gemeente, now, $"persbericht '{Id}' goedkeuren voor '{deelnemer.Gemeente}'");
        RequireNietVrijgegevenAan(deelnemer.Gemeente, "akkoord geven");
        if (deelnemer.Citaat is null || deelnemer.Contact is null)
        {
            throw new DossierStateException($"'{deelnemer.Gemeente}' heeft nog geen citaat en contactpersoon in persbericht '{Id}'; vul die in voordat u akkoord geeft.");
        }

        if (deelnemer.Akkoord?.TekstVersie == TekstVersie)
        {
            return PersberichtResultaat.Leeg;
        }

        Deelnemers = Replace(deelnemer with { Akkoord = new PersAkkoord(actor.Id, now, TekstVersie) });
        GewijzigdOp = now;
        return Resultaat(new SamenwerkingGebeurtenis(actor.Id, "persbericht.akkoord", Object, AuditResult.Ok, now, $"{deelnemer.Gemeente}, versie {TekstVersie}"));
    }

    /// <summary>The lead's communicatieadviseur sets or clears the moment before which nothing is released.</summary>
    public PersberichtResultaat StelEmbargoIn(OrganisatieConfig org, string actorId, DateTimeOffset? embargoTot, DateTimeOffset now)
    {
        var actor = Bevoegdheid.CommunicatieadviseurVan(org, actorId, Penvoerder, now, $"het embargo van persbericht '{Id}' instellen");
        RequireNogNietVrijgegeven("het embargo instellen");
        RequireToekomst(embargoTot, now);
        if (embargoTot == EmbargoTot)
        {
            return PersberichtResultaat.Leeg;
        }

        EmbargoTot = embargoTot;
        GewijzigdOp = now;
        var toelichting = embargoTot is { } e ? $"embargo tot {e:O}" : "embargo opgeheven";
        return Resultaat(new SamenwerkingGebeurtenis(actor.Id, "persbericht.embargo", Object, AuditResult.Ok, now, toelichting));
    }

    /// <summary>
    /// A college decision arriving from a participant's dossier. The same event again changes nothing; events may
    /// arrive in any order, the decision of the latest meeting counts. When it makes a college hold or reject the
    /// proposal, the lead is told (<see cref="PersberichtResultaat.Meldingen"/>).
    /// </summary>
    public PersberichtResultaat RegistreerBesluit(string gemeente, BesluitUitkomst uitkomst, string besluitId, DateOnly vergaderdatum, DateTimeOffset now)
    {
        var deelnemer = GetDeelnemer(gemeente);
        var id = Bevoegdheid.RequireText(besluitId, nameof(besluitId));
        if (!Enum.IsDefined(uitkomst))
        {
            throw new ArgumentException($"Onbekende uitkomst '{uitkomst}'.", nameof(uitkomst));
        }

        var bekend = OntvangenBesluiten.FirstOrDefault(b => b.BesluitId == id);
        if (bekend is not null)
        {
            return Bevoegdheid.Same(bekend.Gemeente, deelnemer.Gemeente) && bekend.Uitkomst == uitkomst && bekend.Vergaderdatum == vergaderdatum
                ? PersberichtResultaat.Leeg
                : throw new DossierStateException(
                    $"Decision event '{id}' was received before as {bekend.Uitkomst} of '{bekend.Gemeente}' on {bekend.Vergaderdatum:yyyy-MM-dd}; an event id cannot change its content.");
        }

        OntvangenBesluiten = [.. OntvangenBesluiten, new OntvangenBesluit(deelnemer.Gemeente, uitkomst, id, vergaderdatum, now)];
        var na = BesluitVan(deelnemer.Gemeente)!;
        GewijzigdOp = now;

        var telt = na.BesluitId == id;
        var toelichting = $"{deelnemer.Gemeente}: {uitkomst.Label()} ({vergaderdatum:yyyy-MM-dd}, {id})"
            + (telt ? "" : $"; ouder dan het besluit van {na.Vergaderdatum:yyyy-MM-dd}, telt niet");
        var gebeurtenis = new SamenwerkingGebeurtenis(SamenwerkingGebeurtenis.Systeem, "persbericht.besluitOntvangen", Object, AuditResult.Ok, now, toelichting);
        var meldingen = new List<Melding>();
        // Held over again at a later meeting is news for the lead too; only a redelivered event (returned above) is not.
        if (telt && !IsVrijgegeven(deelnemer.Gemeente))
        {
            if (na.Uitkomst == BesluitUitkomst.Aangehouden)
            {
                meldingen.Add(new Melding(MeldingSoort.BesluitAangehouden, Penvoerder, OpstellerId, deelnemer.Gemeente,
                    $"Het college van {deelnemer.Naam} heeft het voorstel op {vergaderdatum:dd-MM-yyyy} aangehouden. Het gezamenlijke persbericht '{Id}' wordt pas vrijgegeven na een positief besluit."));
            }
            else if (na.Uitkomst == BesluitUitkomst.NietAkkoord)
            {
                meldingen.Add(new Melding(MeldingSoort.BesluitNietAkkoord, Penvoerder, OpstellerId, deelnemer.Gemeente,
                    $"Het college van {deelnemer.Naam} is op {vergaderdatum:dd-MM-yyyy} niet akkoord gegaan. Het gezamenlijke persbericht '{Id}' is geblokkeerd; geef het met een reden vrij voor de gemeenten die wel instemden, of wacht op een nieuw besluit."));
            }
        }

        return new PersberichtResultaat([gebeurtenis], meldingen, []);
    }

    /// <summary>
    /// Releases to every participant not yet released when <see cref="EmbargoBewaker"/> says it is due; otherwise
    /// (and after the release) returns nothing. Safe to call from every decision event and every timer tick.
    /// </summary>
    public PersberichtResultaat Release(DateTimeOffset now)
    {
        if (!EmbargoBewaker.Beoordeel(this, now).VrijgaveNodig)
        {
            return PersberichtResultaat.Leeg;
        }

        return Vrijgeef(Deelnemers.Where(d => !IsVrijgegeven(d.Gemeente)).ToList(), SamenwerkingGebeurtenis.Systeem, null, now);
    }

    /// <summary>
    /// The lead's communicatieadviseur releases to some participants only (e.g. when one college did not agree),
    /// with a reason that is kept with each delivery. Each of them must have decided Conform or Gewijzigd, approved
    /// and not been released before; the embargo still holds.
    /// </summary>
    public PersberichtResultaat ReleaseVoorDeelverzameling(OrganisatieConfig org, string actorId, IEnumerable<string> gemeenten, string reden, DateTimeOffset now)
    {
        var actor = Bevoegdheid.CommunicatieadviseurVan(org, actorId, Penvoerder, now, $"persbericht '{Id}' aan een deel van de gemeenten vrijgeven");
        ArgumentNullException.ThrowIfNull(gemeenten);
        var motivering = Bevoegdheid.RequireText(reden, nameof(reden));
        var batch = new List<PersDeelnemer>();
        foreach (var slug in gemeenten)
        {
            var d = GetDeelnemer(slug ?? "");
            if (batch.Contains(d))
            {
                throw new ArgumentException($"Gemeente '{d.Gemeente}' staat twee keer in de lijst.", nameof(gemeenten));
            }

            batch.Add(d);
        }

        if (batch.Count == 0)
        {
            throw new ArgumentException("Kies minstens één gemeente om aan vrij te geven.", nameof(gemeenten));
        }

        foreach (var d in batch)
        {
            if (IsVrijgegeven(d.Gemeente))
            {
                throw new DossierStateException($"Persbericht '{Id}' is al vrijgegeven aan '{d.Gemeente}'.");
            }

            if (BesluitVan(d.Gemeente)?.Uitkomst is not (BesluitUitkomst.Conform or BesluitUitkomst.Gewijzigd))
            {
                throw new DossierStateException(
                    $"The college of '{d.Gemeente}' has not decided Conform or Gewijzigd ({BesluitVan(d.Gemeente)?.Uitkomst.Label() ?? "no decision yet"}); it cannot be released to.");
            }

            if (d.Akkoord?.TekstVersie != TekstVersie)
            {
                throw new DossierStateException($"De communicatieadviseur van '{d.Gemeente}' heeft versie {TekstVersie} van persbericht '{Id}' nog niet goedgekeurd.");
            }
        }

        if (EmbargoTot is { } embargo && now < embargo)
        {
            throw new DossierStateException($"Persbericht '{Id}' staat onder embargo tot {embargo:dd-MM-yyyy HH:mm} (UTC).");
        }

        return Vrijgeef(Deelnemers.Where(batch.Contains).ToList(), actor.Id, motivering, now);
    }

    /// <summary>
    /// Whether the participants not yet released are ready (time aside), and if not, why; the first obstacle in the
    /// order a reader would want to know it.
    /// </summary>
    internal (PersberichtStatus Status, string Reden) Gereedheid()
    {
        var open = Deelnemers.Where(d => !IsVrijgegeven(d.Gemeente)).ToList();
        if (open.Count == 0)
        {
            return (PersberichtStatus.Vrijgegeven, "Al vrijgegeven aan alle deelnemers.");
        }

        var besluiten = open.Select(d => (Deelnemer: d, Besluit: BesluitVan(d.Gemeente))).ToList();
        var nietAkkoord = Namen(besluiten.Where(b => b.Besluit?.Uitkomst == BesluitUitkomst.NietAkkoord));
        if (nietAkkoord.Length > 0)
        {
            return (PersberichtStatus.Geblokkeerd, $"Niet akkoord van het college van {nietAkkoord}.");
        }

        var aangehouden = Namen(besluiten.Where(b => b.Besluit?.Uitkomst == BesluitUitkomst.Aangehouden));
        if (aangehouden.Length > 0)
        {
            return (PersberichtStatus.Aangehouden, $"Aangehouden door het college van {aangehouden}.");
        }

        var zonderAkkoord = string.Join(", ", open.Where(d => d.Akkoord?.TekstVersie != TekstVersie).Select(d => d.Naam));
        if (zonderAkkoord.Length > 0)
        {
            return (PersberichtStatus.WachtOpAkkoord, $"Nog geen akkoord van {zonderAkkoord}.");
        }

        var onbeslist = Namen(besluiten.Where(b => b.Besluit is null));
        return onbeslist.Length > 0
            ? (PersberichtStatus.WachtOpBesluiten, $"Nog geen collegebesluit van {onbeslist}.")
            : (PersberichtStatus.Gereed, "Gereed voor vrijgave.");
    }

    private PersberichtResultaat Vrijgeef(IReadOnlyList<PersDeelnemer> batch, string actor, string? reden, DateTimeOffset now)
    {
        // Only municipalities that are (or were) released speak in the text: a quote of a college that has not
        // agreed must not be published.
        var sprekers = Deelnemers.Where(d => IsVrijgegeven(d.Gemeente) || batch.Contains(d)).ToList();
        var vrijgaven = batch
            .Select(d => new PersberichtVrijgave(d.Gemeente, Sleutel(d.Gemeente), now, actor, reden, TekstVersie, Inhoud(d, sprekers)))
            .ToList();
        Vrijgaven = [.. Vrijgaven, .. vrijgaven];
        GewijzigdOp = now;
        var gebeurtenissen = vrijgaven
            .Select(v => new SamenwerkingGebeurtenis(actor, "persbericht.vrijgegeven", v.Sleutel, AuditResult.Ok, now, reden))
            .ToList();
        return new PersberichtResultaat(gebeurtenissen, [], vrijgaven);
    }

    /// <summary>
    /// The press release as <paramref name="gemeente"/> would publish it now, with the quotes and contacts filled in so
    /// far: what the communication advisors preview before they approve.
    /// </summary>
    public JsonElement Voorbeeld(string gemeente) =>
        Inhoud(GetDeelnemer(gemeente), Deelnemers.Where(d => d.Citaat is not null && d.Contact is not null).ToList());

    private JsonElement Inhoud(PersDeelnemer afzender, IReadOnlyList<PersDeelnemer> sprekers)
    {
        var data = JsonNode.Parse(Tekst.GetRawText())!.AsObject();
        data["afzender"] = $"Gemeente {afzender.Naam}";
        data["citaten"] = new JsonArray(sprekers.Select(d => (JsonNode)new JsonObject
        {
            ["wie"] = d.Citaat!.Wie,
            ["functie"] = d.Citaat.Functie,
            ["gemeente"] = d.Naam,
            ["citaat"] = d.Citaat.Citaat,
        }).ToArray());
        data["contacten"] = new JsonArray(sprekers.Select(d => (JsonNode)new JsonObject
        {
            ["naam"] = d.Contact!.Naam,
            ["gemeente"] = d.Naam,
            ["telefoon"] = d.Contact.Telefoon,
            ["email"] = d.Contact.Email,
        }).ToArray());
        return JsonSerializer.SerializeToElement(data);
    }

    private static void ValideerTekst(TemplateSchema schema, JsonElement tekst)
    {
        RequirePersberichtSchema(schema);
        Bevoegdheid.RequireObject(tekst, nameof(tekst));
        foreach (var veld in LokaleVelden)
        {
            if (tekst.TryGetProperty(veld, out _))
            {
                throw new ArgumentException($"tekst.{veld}: wordt per gemeente ingevuld bij de vrijgave en hoort niet in de gedeelde tekst", nameof(tekst));
            }
        }

        var fouten = schema.Validate(tekst).Where(f => !LokaleVelden.Contains(f.Field)).ToList();
        if (fouten.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", fouten.Select(f => $"tekst.{f.Field}: {f.Reason}")), nameof(tekst));
        }
    }

    private static void ValideerBijdrage(TemplateSchema schema, string gemeenteNaam, PersCitaat citaat, PersContact contact)
    {
        RequirePersberichtSchema(schema);
        var data = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["citaten"] = new JsonArray(new JsonObject { ["wie"] = citaat.Wie, ["functie"] = citaat.Functie, ["gemeente"] = gemeenteNaam, ["citaat"] = citaat.Citaat }),
            ["contacten"] = new JsonArray(new JsonObject { ["naam"] = contact.Naam, ["gemeente"] = gemeenteNaam, ["telefoon"] = contact.Telefoon, ["email"] = contact.Email }),
        });
        var fouten = schema.Validate(data)
            .Where(f => f.Field.StartsWith("citaten[", StringComparison.Ordinal) || f.Field.StartsWith("contacten[", StringComparison.Ordinal))
            .Select(f => (Param: f.Field.StartsWith("citaten", StringComparison.Ordinal) ? "citaat" : "contact", Fout: f))
            .ToList();
        if (fouten.Count > 0)
        {
            var tekst = string.Join("; ", fouten.Select(f => $"{f.Param}.{f.Fout.Field[(f.Fout.Field.IndexOf('.') + 1)..]}: {f.Fout.Reason}"));
            throw new ArgumentException(tekst, fouten[0].Param);
        }
    }

    private static void RequirePersberichtSchema(TemplateSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (!string.Equals(schema.Template, Template, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The schema is for template '{schema.Template}', not '{Template}'.", nameof(schema));
        }
    }

    private static void RequireToekomst(DateTimeOffset? embargoTot, DateTimeOffset now)
    {
        if (embargoTot is { } e && e <= now)
        {
            throw new ArgumentException($"Het embargo ({e:dd-MM-yyyy HH:mm}) moet in de toekomst liggen.", nameof(embargoTot));
        }
    }

    private void RequireNogNietVrijgegeven(string actie)
    {
        if (Vrijgaven.Count > 0)
        {
            throw new DossierStateException($"Persbericht '{Id}' is al vrijgegeven aan {string.Join(", ", Vrijgaven.Select(v => v.Gemeente))}; dit kan niet meer: {actie}.");
        }
    }

    private void RequireNietVrijgegevenAan(string gemeente, string actie)
    {
        if (IsVrijgegeven(gemeente))
        {
            throw new DossierStateException($"Persbericht '{Id}' is al vrijgegeven aan '{gemeente}'; dit kan daar niet meer: {actie}.");
        }
    }

    private PersDeelnemer GetDeelnemer(string gemeente) =>
        Deelnemers.FirstOrDefault(d => Bevoegdheid.Same(d.Gemeente, gemeente))
        ?? throw new ArgumentException($"Gemeente '{gemeente}' neemt niet deel aan persbericht '{Id}'.", nameof(gemeente));

    private List<PersDeelnemer> Replace(PersDeelnemer nieuw) =>
        Deelnemers.Select(d => Bevoegdheid.Same(d.Gemeente, nieuw.Gemeente) ? nieuw : d).ToList();

    private static string Namen(IEnumerable<(PersDeelnemer Deelnemer, OntvangenBesluit? Besluit)> besluiten) =>
        string.Join(", ", besluiten.Select(b => b.Deelnemer.Naam));

    private static PersberichtResultaat Resultaat(SamenwerkingGebeurtenis gebeurtenis) => new([gebeurtenis], [], []);
}
