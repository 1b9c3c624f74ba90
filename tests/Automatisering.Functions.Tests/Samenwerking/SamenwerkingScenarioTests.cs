using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Distributie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Samenwerking;

/// <summary>
/// The SSWZM handvest end to end, with the real trigger runner on Azurite and the local outbox channel: Meppel
/// proposes, five colleges decide in shuffled order, decisions are distributed, the press release goes out once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SamenwerkingScenarioTests(AzuriteFixture azurite)
{
    private static readonly string[] Sswzm = ["meppel", "steenwijkerland", "staphorst", "zwartewaterland", "westerveld"];

    private static string Medewerker(string gemeente) => BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Medewerker).First().Id;

    private static string Adviseur(string gemeente) => BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Communicatieadviseur).First().Id;

    [Fact]
    public async Task Handvest_FiveCollegesDecideInShuffledOrder_DecisionsDistributedAndPressReleaseOutOnceToAllFive()
    {
        var outbox = "outbox" + Guid.NewGuid().ToString("n")[..8];
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new FunctionsAppFactory(azurite).WithSetting("Automatisering:Distributie:OutboxContainer", outbox)
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var api = new BesluitvormingApi(app.Start(), clock);
        var vergaderingen = Sswzm.ToDictionary(g => g, g => BesluitvormingApi.Vergadering(g, clock.Now));

        // Meppel, the penvoerder, starts the joint proposal with the shared collegeadvies and handvest content.
        var voorstel = await api.JsonAsync(HttpMethod.Post, "/api/samenwerking", Medewerker("meppel"), new
        {
            titel = "Handvest SSWZM 'Samen verbonden door burgers en vertrouwen'",
            samenwerkingsverband = "SSWZM",
            deelnemers = Sswzm,
            gedeeldeVelden = BesluitvormingApi.Velden(),
        });
        var voorstelId = voorstel.GetProperty("id").GetString()!;
        var dossiers = new Dictionary<string, string>();
        foreach (var gemeente in Sswzm)
        {
            var (auteur, portefeuille) = BesluitvormingApi.AuthorAndPortfolio(gemeente);
            var dossier = await api.JsonAsync(HttpMethod.Post, $"/api/samenwerking/{voorstelId}/dossiers", auteur, new { portefeuille, velden = new { } });
            dossiers[gemeente] = dossier.GetProperty("id").GetString()!;
            await api.RouteToMeetingAsync(dossier, vergaderingen[gemeente]);
        }

        // The press release: drafted by Meppel's advisor, a local quote and approval from each municipality.
        var tekst = PersberichtVoorbeeld.GedeeldeTekst();
        await api.JsonAsync(HttpMethod.Post, $"/api/samenwerking/{voorstelId}/persbericht", Adviseur("meppel"), new { tekst });
        foreach (var gemeente in Sswzm)
        {
            var adviseur = BesluitvormingApi.Sample.FindPersoon(Adviseur(gemeente))!;
            await api.JsonAsync(HttpMethod.Post, $"/api/samenwerking/{voorstelId}/persbericht/bijdragen/{gemeente}", adviseur.Id, new
            {
                citaat = new { wie = "Wethouder van " + gemeente, functie = "wethouder sociaal domein", citaat = $"Samen staan we sterker in {gemeente}." },
                contact = new { naam = adviseur.Naam, telefoon = "14 0521", email = adviseur.Email },
            });
            await api.JsonAsync(HttpMethod.Post, $"/api/samenwerking/{voorstelId}/persbericht/akkoord/{gemeente}", adviseur.Id);
        }

        var order = Sswzm.OrderBy(_ => Random.Shared.Next()).ToList();
        foreach (var gemeente in order.Take(4))
        {
            await api.DecideAsync(gemeente, vergaderingen[gemeente], dossiers[gemeente]);
        }

        // Four decisions distributed to all five; the press release stays under embargo.
        // Other tests share the queues, so only this proposal's dossiers count.
        var ownDecisions = (string key) => dossiers.Values.Any(id => key.StartsWith($"besluit/{id}/", StringComparison.Ordinal));
        await WaitForDeliveriesAsync(outbox, "besluit/", 4 * 5, ownDecisions);
        Assert.Empty(await KeysAsync(outbox, $"persbericht/{voorstelId}"));
        var tracker = await api.JsonAsync(HttpMethod.Get, $"/api/samenwerking/{voorstelId}/tracker", Medewerker("staphorst"));
        Assert.Equal(4, tracker.GetProperty("deelnemers").EnumerateArray().Count(d => d.TryGetProperty("uitkomst", out var u) && u.ValueKind == JsonValueKind.String));

        await api.DecideAsync(order[4], vergaderingen[order[4]], dossiers[order[4]]);
        await WaitForDeliveriesAsync(outbox, "besluit/", 5 * 5, ownDecisions);
        await WaitForDeliveriesAsync(outbox, $"persbericht/{voorstelId}", 5);

        // The fifth decision's event replayed ten times: nothing new goes out.
        var besluiten = azurite.Queues.GetQueueClient(Automatisering.Domain.Distributie.Wachtrijen.Besluiten);
        for (var i = 0; i < 10; i++)
        {
            await besluiten.SendMessageAsync(JsonSerializer.Serialize(new { dossierId = dossiers[order[4]], besluitNr = 1 }));
        }

        await Eventually.True(async () => (await besluiten.PeekMessagesAsync(32)).Value.Length == 0, "the replays processed");
        await Task.Delay(3000);
        Assert.Equal(5, (await KeysAsync(outbox, $"persbericht/{voorstelId}")).Count);
        Assert.Equal(25, (await KeysAsync(outbox, "besluit/")).Count(ownDecisions));
        var persberichtAan = (await KeysAsync(outbox, $"persbericht/{voorstelId}")).Select(k => k.Split('/')[2]).Order().ToArray();
        Assert.Equal(Sswzm.Order().ToArray(), persberichtAan);
        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/samenwerking/{voorstelId}/audit", Medewerker("meppel"));
        Assert.True(trail.GetProperty("geldig").GetBoolean());
        Assert.Equal(5, trail.GetProperty("regels").EnumerateArray().Count(r => r.GetProperty("action").GetString()!.Contains("akkoord", StringComparison.OrdinalIgnoreCase)));
    }

    private async Task WaitForDeliveriesAsync(string outbox, string prefix, int count, Func<string, bool>? filter = null) =>
        await Eventually.True(async () => (await KeysAsync(outbox, prefix)).Count(filter ?? (_ => true)) >= count, $"{count} deliveries under {prefix}", seconds: 240);

    /// <summary>The idempotency keys delivered to the outbox under a prefix (one manifest per delivery).</summary>
    private async Task<List<string>> KeysAsync(string outbox, string prefix)
    {
        var container = azurite.Blobs.GetBlobContainerClient(outbox);
        if (!await container.ExistsAsync())
        {
            return [];
        }

        var keys = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, default))
        {
            if (blob.Name.EndsWith("/bezorging.json", StringComparison.Ordinal))
            {
                keys.Add(blob.Name[..^"/bezorging.json".Length]);
            }
        }

        return keys;
    }
}
