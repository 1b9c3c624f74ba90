using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Web;

/// <summary>
/// Demo data (setting <c>Automatisering:Demo:Seed</c>): the SSWZM handvest "Samen verbonden door burgers en
/// vertrouwen" in the five SSWZM municipalities, each at another step, made through <see cref="DossierService"/>
/// with the configured people. Steenwijkerland's item went through a meeting of the past weeks and was decided
/// there; the others are on their way to a coming meeting of the calendar. The services run on a
/// <see cref="DemoKlok"/> so that the rules (a meeting from the calendar, a decision from the meeting day on) hold
/// for the demo too. A marker blob, created first with If-None-Match, makes a second start (or a second instance)
/// leave the store alone. Runs during start-up so the pages show the data from the first request. The samples' fixed
/// dates are moved relative to today (see <see cref="Sample(DateOnly, DateOnly)"/>, <see cref="PersberichtTekst"/>):
/// the suite refuses a new item whose college or council date has passed, and the demo should read as current.
/// </summary>
public sealed class DemoSeed(IServiceProvider services, BlobServiceClient blobs, Organisatie organisatie, TimeProvider time, ILogger<DemoSeed> logger) : IHostedService
{
    private readonly DemoKlok _klok = new(time.GetUtcNow().AddDays(-20));
    private DossierService? _service;
    private SamenwerkingService? _samenwerking;

    private DossierService Dossiers => _service ??= ActivatorUtilities.CreateInstance<DossierService>(services, (TimeProvider)_klok);

    private SamenwerkingService Samenwerking => _samenwerking ??= ActivatorUtilities.CreateInstance<SamenwerkingService>(services, (TimeProvider)_klok, Dossiers);

    public const string SettingName = "Automatisering:Demo:Seed";
    public const string Container = "demo";
    public const string MarkerBlob = "seed-sswzm-handvest.json";
    public const string Portefeuille = "samenwerking SSWZM";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] SysteemVelden =
        ["gemeente", "logo", "nummer", "onderwerp", "datumVergadering", "portefeuillehouder", "steller", "stellerEmail", "parafen", "besloten", "besluit", "besluitDatum", "besluittekst"];

    private OrganisatieConfig Org => organisatie.Config;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await container.GetBlobClient(MarkerBlob).UploadAsync(
                BinaryData.FromString($"{{\"gestart\":\"{time.GetUtcNow():O}\"}}"),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            logger.LogInformation("Demo data already present (marker {Marker}); nothing seeded", MarkerBlob);
            return;
        }

        var vandaag = NederlandseTijd.Datum(time.GetUtcNow());
        var kalenders = services.GetRequiredService<VergaderkalenderService>();

        // The coming meeting the demo works towards, known first: the shared content names it as the college date.
        var recent = time.GetUtcNow().AddHours(-6);
        var vergadering = (await kalenders.GetAsync("staphorst", cancellationToken)).Kiesbaar(recent)[0].Datum;
        var (onderwerp, velden) = Sample(vergadering, NederlandseTijd.Datum(_klok.Nu));

        // Meppel is penvoerder of the joint proposal; every college gets its own dossier from the shared content.
        var penvoerder = Auteur("meppel");
        var voorstel = (await Samenwerking.CreateVoorstelAsync(new Handeling(penvoerder.Id, "demo", null), onderwerp, "SSWZM", "meppel",
            ["steenwijkerland", "staphorst", "zwartewaterland", "westerveld"], velden, cancellationToken)).Value;

        // Three weeks ago Steenwijkerland put it on its first open meeting, which has taken place since: decided there.
        var geweest = (await kalenders.GetAsync("steenwijkerland", cancellationToken)).Kiesbaar(_klok.Nu)[0];
        var besloten = await DossierAsync(voorstel.Id, "steenwijkerland", stappen: int.MaxValue, cancellationToken, geweest.Datum);
        _klok.Naar(new DateTimeOffset(geweest.Datum.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(1)));
        var secretariaat = Org.PersonenMetRol("steenwijkerland", Rol.Bestuurssecretariaat).First().Id;
        await Dossiers.RecordDecisionAsync(new Handeling(secretariaat, "demo", null), "steenwijkerland", geweest.Datum, besloten.Id, Besluit.Conform(), cancellationToken);

        // The last few days: the others on their way; Staphorst's item is on its coming meeting.
        _klok.Naar(recent);
        await DossierAsync(voorstel.Id, "meppel", stappen: 0, cancellationToken); // concept
        await DossierAsync(voorstel.Id, "westerveld", stappen: 1, cancellationToken); // in route at step 2
        var teruggestuurd = await DossierAsync(voorstel.Id, "zwartewaterland", stappen: 1, cancellationToken);
        await ReturnAsync(teruggestuurd, cancellationToken);
        await DossierAsync(voorstel.Id, "staphorst", stappen: int.MaxValue, cancellationToken, vergadering);

        await PlanningAsync(voorstel.Id, penvoerder.Id, vandaag, vergadering, cancellationToken);
        await PersberichtAsync(voorstel.Id, vergadering, cancellationToken);
        logger.LogInformation("Demo data seeded: the SSWZM handvest in five municipalities, joint proposal {Voorstel}", voorstel.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The shared content with its dates relative to the demo: the bestuurlijk traject's college row on
    /// <paramref name="vergadering"/>, the raadscommissie at the raadsinformatiebrief after it, drawn up on
    /// <paramref name="opgesteld"/> (the sample says March 2026).
    /// </summary>
    public static (string Onderwerp, JsonElement Velden) Sample(DateOnly vergadering, DateOnly opgesteld)
    {
        var (onderwerp, sample) = Sample();
        var velden = JsonNode.Parse(sample.GetRawText())!.AsObject();
        foreach (var rij in (velden["traject"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (rij["gremium"]?.GetValue<string>().Contains("college", StringComparison.OrdinalIgnoreCase) == true)
            {
                rij["datum"] = Kort(vergadering);
            }
        }

        if (velden.ContainsKey("datumRaadscommissie"))
        {
            velden["datumRaadscommissie"] = Kort(Raadsinformatiebrief(vergadering));
        }

        if (velden.ContainsKey("datumOpgesteld"))
        {
            velden["datumOpgesteld"] = Lang(opgesteld);
        }

        return (onderwerp, JsonSerializer.SerializeToElement(velden));
    }

    /// <summary>
    /// The sample press release without what each municipality adds itself, its dates moved to the release on the
    /// day of <paramref name="vergadering"/> (the embargo day): the dateline, the signing in the note to the editors,
    /// the month the councils are informed (the raadsinformatiebrief) and the year the first step is due.
    /// </summary>
    public static JsonObject PersberichtTekst(DateOnly vergadering)
    {
        using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream("Automatisering.Web.Demo.persbericht.json")
            ?? throw new InvalidOperationException("Embedded sample persbericht.json is missing.");
        var tekst = JsonNode.Parse(stream)!.AsObject();
        foreach (var lokaal in new[] { "afzender", "citaten", "contacten", "embargo", "embargoTekst", "logo" })
        {
            tekst.Remove(lokaal);
        }

        var sampleDatum = tekst["datum"]?.GetValue<string>() ?? "";
        var brief = Raadsinformatiebrief(vergadering);
        var maand = brief.ToString(brief.Year == vergadering.Year ? "MMMM" : "MMMM yyyy", Nl);
        tekst["datum"] = Lang(vergadering);
        Vervang(tekst, "notaRedactie", sampleDatum, Lang(vergadering));
        Vervang(tekst, "lead", "vóór het einde van 2026", $"vóór het einde van {vergadering.AddMonths(9).Year}");
        foreach (var alinea in (tekst["alineas"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Vervang(alinea, "tekst", "in april geïnformeerd", $"in {maand} geïnformeerd");
        }

        return tekst;
    }

    /// <summary>The councils hear of it four weeks after the college meeting (the planned Raadsinformatiebrief).</summary>
    public static DateOnly Raadsinformatiebrief(DateOnly vergadering) => vergadering.AddDays(28);

    /// <summary>The embargo: 16.00 Dutch time on the meeting day, after the colleges met.</summary>
    public static DateTimeOffset Embargo(DateOnly vergadering) => NederlandseTijd.Moment(vergadering, new TimeOnly(16, 0));

    private static string Kort(DateOnly datum) => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Lang(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    private static void Vervang(JsonObject obj, string veld, string oud, string nieuw)
    {
        if (oud.Length > 0 && obj[veld] is JsonValue waarde && waarde.TryGetValue<string>(out var tekst))
        {
            obj[veld] = tekst.Replace(oud, nieuw, StringComparison.Ordinal);
        }
    }

    /// <summary>The dossier fields of the sample agendapunt and collegeadvies, without what the suite fills itself, with the sample's own dates.</summary>
    public static (string Onderwerp, JsonElement Velden) Sample()
    {
        var velden = new JsonObject();
        string onderwerp = "";
        foreach (var sample in new[] { "agendapunt", "collegeadvies" })
        {
            using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream($"Automatisering.Web.Demo.{sample}.json")
                ?? throw new InvalidOperationException($"Embedded sample {sample}.json is missing.");
            foreach (var (key, value) in JsonNode.Parse(stream)!.AsObject())
            {
                if (key == "onderwerp" && value is not null)
                {
                    onderwerp = value.GetValue<string>();
                }

                // The agendapunt's shape wins where both have a field (bijlagen): the projection per template trims it.
                if (!SysteemVelden.Contains(key) && !velden.ContainsKey(key))
                {
                    velden[key] = value?.DeepClone();
                }
            }
        }

        return (onderwerp, JsonSerializer.SerializeToElement(velden));
    }

    private Persoon Auteur(string gemeente) =>
        Org.PersonenMetRol(gemeente, Rol.Medewerker).OrderBy(p => p.Afdeling == "Maatschappelijke Ontwikkeling" ? 0 : 1).First();

    private async Task<Dossier> DossierAsync(string voorstelId, string gemeente, int stappen, CancellationToken ct, DateOnly? vergadering = null)
    {
        var auteur = Auteur(gemeente);
        var eigen = JsonSerializer.SerializeToElement(new JsonObject { ["afdeling"] = auteur.Afdeling });
        var dossier = (await Samenwerking.MaakDossierAsync(new Handeling(auteur.Id, "demo", null), voorstelId, Portefeuille, eigen, ct)).Value;
        if (stappen == 0)
        {
            return dossier;
        }

        dossier = (await Dossiers.SubmitAsync(new Handeling(auteur.Id, "demo", null), dossier.Id, ct)).Value;
        var gezet = 0;
        while (dossier.Status == DossierStatus.InRoute && gezet < stappen)
        {
            var stap = dossier.HuidigeStap;
            while (dossier.Status == DossierStatus.InRoute && dossier.HuidigeStap == stap)
            {
                _klok.Verder(TimeSpan.FromMinutes(20));
                var wachtende = dossier.WaitingOn(Org, _klok.Nu).First();
                var laatste = wachtende.Rol == Rol.Portefeuillehouder;
                dossier = (await Dossiers.GiveParaafAsync(
                    new Handeling(wachtende.PersoonId, "demo", null), dossier.Id, dossier.HuidigeVersie.Hash,
                    laatste ? vergadering : null, AgendapuntSoort.Hamerstuk, ct)).Value;
            }

            gezet++;
        }

        return dossier;
    }

    private async Task PlanningAsync(string voorstelId, string penvoerder, DateOnly vandaag, DateOnly vergadering, CancellationToken ct)
    {
        var handeling = new Handeling(penvoerder, "demo", null);
        var conferentie = await Samenwerking.PlanMijlpaalAsync(handeling, voorstelId, "Gezamenlijke conferentie 'Samen verbonden'", MijlpaalSoort.Conferentie, vandaag.AddDays(-21), null, ct);
        await Samenwerking.MarkeerGebeurdAsync(handeling, voorstelId, conferentie.Value.Mijlpalen[^1].Id, vandaag.AddDays(-21), ct);
        await Samenwerking.PlanMijlpaalAsync(handeling, voorstelId, "Consultatie maatschappelijke partners", MijlpaalSoort.Consultatie, vandaag.AddDays(-3), null, ct);
        foreach (var gemeente in new[] { "steenwijkerland", "staphorst", "zwartewaterland", "westerveld", "meppel" })
        {
            await Samenwerking.PlanMijlpaalAsync(handeling, voorstelId, "Collegebesluit handvest", MijlpaalSoort.Collegebesluit, vergadering, gemeente, ct);
        }

        await Samenwerking.PlanMijlpaalAsync(handeling, voorstelId, "Raadsinformatiebrief in alle gemeenten", MijlpaalSoort.Raadsbijeenkomst, Raadsinformatiebrief(vergadering), null, ct);
    }

    /// <summary>Meppel's communicatieadviseur drafts the joint release; Meppel and Steenwijkerland added their quote, Meppel approved.</summary>
    private async Task PersberichtAsync(string voorstelId, DateOnly vergadering, CancellationToken ct)
    {
        var tekst = PersberichtTekst(vergadering);
        var embargo = Embargo(vergadering);
        var adviseur = Org.PersonenMetRol("meppel", Rol.Communicatieadviseur).First();
        await Samenwerking.CreatePersberichtAsync(new Handeling(adviseur.Id, "demo", null), voorstelId, JsonSerializer.SerializeToElement(tekst), embargo, ct);
        foreach (var gemeente in new[] { "meppel", "steenwijkerland" })
        {
            var eigen = Org.PersonenMetRol(gemeente, Rol.Communicatieadviseur).First();
            var houder = Org.ResolveRol(gemeente, Rol.Portefeuillehouder, null, Portefeuille).First();
            await Samenwerking.VulBijdrageAanAsync(new Handeling(eigen.Id, "demo", null), voorstelId, gemeente,
                new PersCitaat(houder.Naam, "wethouder samenwerking SSWZM", $"Met dit handvest laten we zien dat {Org.GetGemeente(gemeente).Naam} en de buurgemeenten er samen staan voor hun inwoners."),
                new PersContact(eigen.Naam, "14 0522", eigen.Email), ct);
        }

        await Samenwerking.GeefAkkoordAsync(new Handeling(adviseur.Id, "demo", null), voorstelId, "meppel", ct);
    }

    private async Task ReturnAsync(Dossier dossier, CancellationToken ct)
    {
        var wachtende = dossier.WaitingOn(Org, _klok.Nu).First();
        await Dossiers.ReturnAsync(new Handeling(wachtende.PersoonId, "demo", null), dossier.Id,
            "Graag in de financiële paragraaf opnemen wat de ambtelijke inzet voor de verbinding kost.", ct);
    }
}
