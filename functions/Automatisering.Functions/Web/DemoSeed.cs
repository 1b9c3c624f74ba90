using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Functions.Besluitvorming;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Functions.Web;

/// <summary>
/// Demo data (setting <c>Automatisering:Demo:Seed</c>): the SSWZM handvest "Samen verbonden door burgers en
/// vertrouwen" in the five SSWZM municipalities, each at another step, made through <see cref="DossierService"/>
/// with the configured people. A marker blob, created first with If-None-Match, makes a second start (or a second
/// instance) leave the store alone. Runs during start-up so the pages show the data from the first request.
/// </summary>
public sealed class DemoSeed(BlobServiceClient blobs, DossierService service, Organisatie organisatie, TimeProvider time, ILogger<DemoSeed> logger) : IHostedService
{
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

        var vergadering = VolgendeDinsdag(NederlandseTijd.Datum(time.GetUtcNow()).AddDays(7));
        var (onderwerp, velden) = Sample();
        await DossierAsync("meppel", onderwerp, velden, stappen: 0, cancellationToken); // concept
        await DossierAsync("westerveld", onderwerp, velden, stappen: 1, cancellationToken); // in route at step 2
        var teruggestuurd = await DossierAsync("zwartewaterland", onderwerp, velden, stappen: 1, cancellationToken);
        await ReturnAsync(teruggestuurd, cancellationToken);
        await DossierAsync("staphorst", onderwerp, velden, stappen: int.MaxValue, cancellationToken, vergadering);
        var besloten = await DossierAsync("steenwijkerland", onderwerp, velden, stappen: int.MaxValue, cancellationToken, vergadering);
        var secretariaat = Org.PersonenMetRol("steenwijkerland", Rol.Bestuurssecretariaat).First().Id;
        await service.RecordDecisionAsync(new Handeling(secretariaat, "demo", null), "steenwijkerland", vergadering, besloten.Id, Besluit.Conform(), cancellationToken);

        // TODO(samenwerking): once SamenwerkingService is on main, add Meppel's joint proposal linking these five dossiers.
        logger.LogInformation("Demo data seeded: the SSWZM handvest in five municipalities");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The dossier fields of the sample agendapunt and collegeadvies, without what the suite fills itself.</summary>
    public static (string Onderwerp, JsonElement Velden) Sample()
    {
        var velden = new JsonObject();
        string onderwerp = "";
        foreach (var sample in new[] { "agendapunt", "collegeadvies" })
        {
            using var stream = typeof(DemoSeed).Assembly.GetManifestResourceStream($"Automatisering.Functions.Web.Demo.{sample}.json")
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

    private async Task<Dossier> DossierAsync(string gemeente, string onderwerp, JsonElement velden, int stappen, CancellationToken ct, DateOnly? vergadering = null)
    {
        var auteur = Org.PersonenMetRol(gemeente, Rol.Medewerker).OrderBy(p => p.Afdeling == "Maatschappelijke Ontwikkeling" ? 0 : 1).First();
        var velden2 = JsonNode.Parse(velden.GetRawText())!.AsObject();
        velden2["afdeling"] = auteur.Afdeling;
        var dossier = (await service.CreateAsync(new Handeling(auteur.Id, "demo", null), gemeente, onderwerp, Portefeuille, false, JsonSerializer.SerializeToElement(velden2), ct)).Value;
        if (stappen == 0)
        {
            return dossier;
        }

        dossier = (await service.SubmitAsync(new Handeling(auteur.Id, "demo", null), dossier.Id, ct)).Value;
        var gezet = 0;
        while (dossier.Status == DossierStatus.InRoute && gezet < stappen)
        {
            var stap = dossier.HuidigeStap;
            while (dossier.Status == DossierStatus.InRoute && dossier.HuidigeStap == stap)
            {
                var wachtende = dossier.WaitingOn(Org, time.GetUtcNow()).First();
                var laatste = wachtende.Rol == Rol.Portefeuillehouder;
                dossier = (await service.GiveParaafAsync(
                    new Handeling(wachtende.PersoonId, "demo", null), dossier.Id, dossier.HuidigeVersie.Hash,
                    laatste ? vergadering : null, AgendapuntSoort.Hamerstuk, ct)).Value;
            }

            gezet++;
        }

        return dossier;
    }

    private async Task ReturnAsync(Dossier dossier, CancellationToken ct)
    {
        var wachtende = dossier.WaitingOn(Org, time.GetUtcNow()).First();
        await service.ReturnAsync(new Handeling(wachtende.PersoonId, "demo", null), dossier.Id,
            "Graag in de financiële paragraaf opnemen wat de ambtelijke inzet voor de verbinding kost.", ct);
    }

    private static DateOnly VolgendeDinsdag(DateOnly vanaf) =>
        vanaf.AddDays(((int)DayOfWeek.Tuesday - (int)vanaf.DayOfWeek + 7) % 7);
}
