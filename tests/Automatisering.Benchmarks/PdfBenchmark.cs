using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Templating;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Automatisering.Benchmarks;

/// <summary>
/// PDF figures, printed (never a test assertion):
/// <c>dotnet run -c Release --project tests/Automatisering.Benchmarks -- --pdf [--rounds 10] [--dossiers 5] [--requests 200]</c>.
/// (1) the warm converter per document type of templates/default with the sample data (after two warm-up
/// documents; one cold start and one old per-document soffice for comparison); (2) from creating a dossier
/// (POST /api/dossiers) to both its PDFs stored, with the function app as it runs locally (local host, worker
/// process from the Release output, Azurite); (3) serving a stored PDF through the API.
/// </summary>
internal static class PdfBenchmark
{
    private static readonly string[] Documenttypen = ["agendapunt", "collegeadvies", "handvest", "persbericht", "besluitenlijst"];

    public static async Task RunAsync(string[] args)
    {
        var rounds = BesluitvormingBenchmark.Option(args, "--rounds", 10);
        var dossiers = BesluitvormingBenchmark.Option(args, "--dossiers", 5);
        var requests = BesluitvormingBenchmark.Option(args, "--requests", 200);
        var root = BadInputBenchmark.RepositoryRoot();
        await WarmConversionsAsync(root, rounds);
        await RenderAheadAsync(root, dossiers, requests);
    }

    private static async Task WarmConversionsAsync(string root, int rounds)
    {
        var renderer = new DocumentRenderer(Options.Create(new TemplatesOptions { Root = Path.Combine(root, "templates") }));
        var documenten = Documenttypen.ToDictionary(t => t, t => renderer.Render(
            renderer.Find("default", t)!,
            JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "templates", "samples", t + ".json"))).RootElement).Docx!);

        var once = Stopwatch.StartNew();
        await new LibreOfficePdfRenderer().ConvertToPdfAsync(documenten["agendapunt"], CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# before: a fresh soffice per document (LibreOfficePdfRenderer), agendapunt {once.Elapsed.TotalMilliseconds:F0} ms"));

        using var omzetter = new LibreOfficeOmzetter(Options.Create(new PdfOptions { Slots = 1 }), Options.Create(new TemplatesOptions()), NullLogger<LibreOfficeOmzetter>.Instance);
        var koud = Stopwatch.StartNew();
        await omzetter.ConvertToPdfAsync(documenten["agendapunt"], CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# warm converter, cold start (soffice starting, first document): {koud.Elapsed.TotalMilliseconds:F0} ms"));
        await omzetter.ConvertToPdfAsync(documenten["handvest"], CancellationToken.None);

        foreach (var (type, docx) in documenten)
        {
            var (p50, p95) = await BesluitvormingBenchmark.MeasureAsync(rounds, () => omzetter.ConvertToPdfAsync(docx, CancellationToken.None), warmup: 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm conversion {type}: p50 {p50:F0} ms, p95 {p95:F0} ms ({rounds} documents, {docx.Length / 1024.0:F0} KiB .docx)"));
        }
    }

    private static async Task RenderAheadAsync(string root, int dossiers, int requests)
    {
        using var azurite = await Azurite.StartAsync();
        await using var host = await BadInputBenchmark.StartFunctionAppAsync(azurite);
        using var client = new HttpClient { BaseAddress = host.HttpAddress, Timeout = TimeSpan.FromMinutes(2) };
        var org = new Organisatie(Options.Create(new OrganisatieOptions())).Config;
        var auteur = org.PersonenMetRol("meppel", Rol.Medewerker).First();
        var portefeuille = org.PersonenMetRol("meppel", Rol.Portefeuillehouder).First().Portefeuilles[0];
        client.DefaultRequestHeaders.Add("X-Dev-User", auteur.Id);
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(DossierDocumentStore.Container);

        string? laatste = null;
        for (var i = 0; i < dossiers; i++)
        {
            var klok = Stopwatch.StartNew();
            using var created = await client.PostAsJsonAsync("/api/dossiers", new { gemeente = "meppel", onderwerp = $"Benchmark {i}", portefeuille, financieleGevolgen = false, velden = Velden(root) }, JsonSerializerOptions.Web);
            created.EnsureSuccessStatusCode();
            var aangemaakt = klok.Elapsed.TotalMilliseconds;
            laatste = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            while (await PdfsAsync(container, laatste) < 2)
            {
                await Task.Delay(20);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"version created to both PDFs stored, dossier {i + 1}{(i == 0 ? " (soffice starting)" : "")}: {klok.Elapsed.TotalMilliseconds:F0} ms (of which POST {aangemaakt:F0} ms)"));
        }

        var (p50, p95) = await BesluitvormingBenchmark.MeasureAsync(requests, async () =>
        {
            using var pdf = await client.GetAsync($"/api/dossiers/{laatste}/documenten/agendapunt?formaat=pdf");
            pdf.EnsureSuccessStatusCode();
            await pdf.Content.ReadAsByteArrayAsync();
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serving a stored PDF (GET /api/dossiers/{{id}}/documenten/agendapunt?formaat=pdf, through the local host): p50 {p50:F1} ms, p95 {p95:F1} ms ({requests} requests)"));
    }

    private static async Task<int> PdfsAsync(BlobContainerClient container, string dossierId)
    {
        var count = 0;
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{dossierId}/pdf/", CancellationToken.None))
        {
            count += blob.Name.EndsWith(".pdf", StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The sample agendapunt and collegeadvies fields a secretary fills in (what the suite fills is left out).</summary>
    private static JsonObject Velden(string root)
    {
        string[] system = ["gemeente", "logo", "nummer", "onderwerp", "datumVergadering", "portefeuillehouder", "steller", "stellerEmail", "parafen", "besloten", "besluit", "besluitDatum", "besluittekst"];
        var velden = new JsonObject();
        foreach (var sample in new[] { "agendapunt", "collegeadvies" })
        {
            foreach (var (key, value) in JsonNode.Parse(File.ReadAllText(Path.Combine(root, "templates", "samples", sample + ".json")))!.AsObject())
            {
                if (!system.Contains(key) && !velden.ContainsKey(key))
                {
                    velden[key] = value?.DeepClone();
                }
            }
        }

        // The suite refuses a new item whose college or committee date has passed; the sample's are in March 2026.
        var college = DateTime.UtcNow.AddDays(120);
        foreach (var rij in (velden["traject"] as JsonArray ?? []).OfType<JsonObject>())
        {
            rij["datum"] = college.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        }

        velden["datumRaadscommissie"] = college.AddDays(28).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        return velden;
    }
}
