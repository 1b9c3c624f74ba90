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
/// leave the store alone. Runs during start-up so the pages show the data from the first request.
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
        var (onderwerp, velden) = Sample();

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
        _klok.Naar(time.GetUtcNow().AddHours(-6));
        var vergadering = (await kalenders.GetAsync("staphorst", cancellationToken)).Kiesbaar(_klok.Nu)[0].Datum;
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

    /// <summary>The dossier fields of the sample agendapunt and collegeadvies, without what the suite fills itself: the proposal's shared content.</summary>
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

        await Samenwerking.PlanMijlpaalAsync(handeling, voorstelId, "Raadsinformatiebrief in alle gemeenten", MijlpaalSoort.Raadsbijeenkomst, vergadering.AddDays(28), null, ct);
    }

    /// <summary>Meppel's communicatieadviseur drafts the joint release; Meppel and Steenwijkerland added their quote, Meppel approved.</summary>
    private async Task PersberichtAsync(string voorstelId, DateOnly vergadering, CancellationToken ct)
    {
        using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream("Automatisering.Web.Demo.persbericht.json")
            ?? throw new InvalidOperationException("Embedded sample persbericht.json is missing.");
        var tekst = JsonNode.Parse(stream)!.AsObject();
        foreach (var lokaal in new[] { "afzender", "citaten", "contacten", "embargo", "embargoTekst", "logo" })
        {
            tekst.Remove(lokaal);
        }

        var embargo = new DateTimeOffset(vergadering.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero);
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
