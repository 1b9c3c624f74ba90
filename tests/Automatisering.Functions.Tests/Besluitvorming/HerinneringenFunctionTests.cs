using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Besluitvorming;

[Collection(AzuriteCollection.Name)]
public sealed class HerinneringenFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Herinneringen_TimerFiresTwiceAfterTheLimits_ReminderAndEscalationEachSentOnce()
    {
        // Monday 2 March 2026; Steenwijkerland reminds after 3 working days and escalates after 5.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers()
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = app.Start();
        var api = new BesluitvormingApi(client);
        var dossier = await api.CreateAsync("steenwijkerland");
        var id = dossier.GetProperty("id").GetString()!;
        var status = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/indienen", dossier.GetProperty("auteurId").GetString()!);
        var wachtOp = BesluitvormingApi.FirstWaitingOn(status);

        clock.Now = clock.Now.AddDays(2); // Wednesday: within the limit
        await app.Function<HerinneringenFunction>().HerinnerAsync(default);
        Assert.Empty(await NotificationsAsync(id));

        clock.Now = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.FromHours(1)); // eight working days later
        await app.Function<HerinneringenFunction>().HerinnerAsync(default);
        await app.Function<HerinneringenFunction>().HerinnerAsync(default);

        var sent = await NotificationsAsync(id);
        Assert.Equal(2, sent.Count);
        Assert.Contains(sent, n => n.Contains("herinnering") && n.Contains(wachtOp));
        var secretaris = BesluitvormingApi.Sample.PersonenMetRol("steenwijkerland", Rol.Gemeentesecretaris).First().Id;
        Assert.Contains(sent, n => n.Contains("escalatie") && n.Contains(secretaris));
        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", wachtOp);
        Assert.Equal(["herinnering", "escalatie"], trail.GetProperty("regels").EnumerateArray().Select(r => r.GetProperty("action").GetString()!).Where(a => a is "herinnering" or "escalatie").Order().Reverse().ToArray());
    }

    /// <summary>Each notification blob for the dossier, as its key plus its content.</summary>
    private async Task<List<string>> NotificationsAsync(string dossierId)
    {
        var container = azurite.Blobs.GetBlobContainerClient(OutboxNotificatieService.Container);
        var result = new List<string>();
        if (!await container.ExistsAsync())
        {
            return result;
        }

        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"notificaties/{dossierId}/", default))
        {
            result.Add(blob.Name + " " + (await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content);
        }

        return result;
    }
}
