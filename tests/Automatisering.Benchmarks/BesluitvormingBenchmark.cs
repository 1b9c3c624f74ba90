using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Domain.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Automatisering.Benchmarks;

/// <summary>
/// Status and inbox queries with many stored dossiers, against a real Azurite (started here, in memory):
/// <c>dotnet run -c Release --project tests/Automatisering.Benchmarks -- --besluitvorming [--dossiers 10000] [--queries 1000]</c>.
/// Dossiers are seeded straight into storage at different route steps, spread over the nine sample gemeenten; a
/// status query is what GET /api/dossiers/{id} does, an inbox query what GET /api/inbox does.
/// </summary>
internal static class BesluitvormingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var dossiersCount = Option(args, "--dossiers", 10_000);
        var queries = Option(args, "--queries", 1000);
        using var azurite = await Azurite.StartAsync();
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var queues = new QueueServiceClient(azurite.ConnectionString);
        var organisatie = new Organisatie(Options.Create(new OrganisatieOptions()));
        var org = organisatie.Config;
        var renderer = new DocumentRenderer(Options.Create(new TemplatesOptions()));
        var werkvoorraad = new Werkvoorraad(blobs);
        var audit = new AuditTrailStore(blobs);
        var kalenders = new VergaderkalenderService(blobs, organisatie, audit, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<VergaderkalenderService>.Instance);
        var meldingen = new Automatisering.Domain.Notificaties.NotificatieDienst(blobs, queues, organisatie, new OutboxNotificatieService(blobs),
            Options.Create(new Automatisering.Domain.Notificaties.NotificatieOptions()), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<Automatisering.Domain.Notificaties.NotificatieDienst>.Instance);
        var service = new DossierService(blobs, organisatie, new DossierDocumenten(renderer), new DossierDocumentStore(blobs, new PdfWeergaven(blobs, queues, new Automatisering.Templating.LibreOfficePdfRenderer(), Microsoft.Extensions.Logging.Abstractions.NullLogger<PdfWeergaven>.Instance)), new VersieInhoudStore(blobs), audit, werkvoorraad, kalenders, new Registratienummers(blobs), meldingen, queues, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DossierService>.Instance);

        var seed = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var store = new JsonBlobStore<Dossier>(blobs.GetBlobContainerClient("dossiers"), BesluitvormingJson.Options);
        var velden = JsonSerializer.SerializeToElement(new { conceptbesluit = "1. Het handvest vast te stellen." });
        var hash = new string('a', 64);
        var ids = new string[dossiersCount];
        var dossiers = new Dossier[dossiersCount];
        for (var i = 0; i < dossiersCount; i++)
        {
            var gemeente = org.Gemeenten[i % org.Gemeenten.Count].Slug;
            var auteur = org.PersonenMetRol(gemeente, Rol.Medewerker).First();
            var portefeuille = org.PersonenMetRol(gemeente, Rol.Portefeuillehouder).First().Portefeuilles[0];
            var dossier = Dossier.Create(org, $"{gemeente}-bench-{i:D6}", gemeente, auteur.Id, $"Benchmarkdossier {i}", portefeuille, velden, hash, i % 3 == 0, now);
            if (i % 5 != 0)
            {
                dossier.Submit(org, auteur.Id, now);
                for (var step = 0; step < i % 3 && dossier.Status == DossierStatus.InRoute; step++)
                {
                    var signer = dossier.WaitingOn(org, now)[0].PersoonId;
                    if (org.FindPersoon(signer)!.HasRol(Rol.Portefeuillehouder))
                    {
                        break;
                    }

                    dossier.GiveParaaf(org, signer, hash, now);
                }
            }

            ids[i] = dossier.Id;
            dossiers[i] = dossier;
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, dossiersCount), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
            await store.CreateAsync($"{dossiers[i].Gemeente}/{dossiers[i].Id}.json", dossiers[i], ct));
        foreach (var gemeente in org.Gemeenten)
        {
            await werkvoorraad.ReplaceAllAsync(gemeente.Slug, dossiers.Where(d => d.Gemeente == gemeente.Slug).Select(d => Werkvoorraad.Regel(d, org, now)));
        }

        seed.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# seeded {dossiersCount} dossiers in {seed.Elapsed.TotalSeconds:F1} s"));

        var random = new Random(42);
        var status = await MeasureAsync(queries, async () =>
        {
            var dossier = dossiers[random.Next(dossiersCount)];
            var stored = await service.GetAsync(dossier.AuteurId, dossier.Id, CancellationToken.None);
            _ = DossierStatusView.From(stored.Value, org, DateTimeOffset.UtcNow, stored.ETag);
        });
        var signers = dossiers.Where(d => d.Status == DossierStatus.InRoute).Select(d => d.WaitingOn(org, now)[0].PersoonId).Distinct().ToArray();
        var inboxItems = 0;
        var inbox = await MeasureAsync(queries, async () =>
            inboxItems += (await service.InboxAsync(signers[random.Next(signers.Length)], CancellationToken.None)).Count);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# inbox queries returned {inboxItems / (double)queries:F0} items on average"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"status: {queries} queries over {dossiersCount} dossiers: p50 {status.P50:F1} ms, p95 {status.P95:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inbox: {queries} queries over {dossiersCount} dossiers: p50 {inbox.P50:F1} ms, p95 {inbox.P95:F1} ms (peak RSS {PeakRss.MiB():F1} MiB)"));
    }

    internal static async Task<(double P50, double P95)> MeasureAsync(int count, Func<Task> query, int warmup = 20)
    {
        for (var i = 0; i < warmup; i++)
        {
            await query(); // warm-up: connections, JIT
        }

        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await query();
            times[i] = stopwatch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[count / 2], times[(int)(count * 0.95)]);
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
