using System.Text.Json;
using Automatisering.Domain.Distributie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Distributie;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Distributie;

[Collection(AzuriteCollection.Name)]
public sealed class DistributieHerstelTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Herstel_DecisionWhoseQueueMessageWasLost_QueuedAgainUntilADeliveryIsRecorded()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers()
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = app.Start();
        var api = new BesluitvormingApi(client, clock);
        const string gemeente = "winsum";
        var datum = BesluitvormingApi.Vergadering(gemeente, clock.Now);
        var dossier = await api.CreateAsync(gemeente);
        var id = dossier.GetProperty("id").GetString()!;
        await api.RouteToMeetingAsync(dossier, datum);
        await api.DecideAsync(gemeente, datum, id);

        Assert.DoesNotContain(id, await HerstelAsync(app)); // just decided: its message may still be in the queue

        clock.Now = clock.Now.AddHours(2);
        Assert.Contains($"{{\"dossierId\":\"{id}\",\"besluitNr\":1}}", await HerstelAsync(app));

        var opdracht = JsonSerializer.Serialize(new DistributieOpdracht(DistributieOpdracht.Besluit, gemeente, id, 1), JsonSerializerOptions.Web);
        await app.Function<DistributieFunctions>().Distribueren(opdracht, default);
        Assert.DoesNotContain(id, await HerstelAsync(app));
    }

    private static async Task<string> HerstelAsync(FunctionsAppFactory app) =>
        JsonSerializer.Serialize(await app.Function<DistributieFunctions>().HerstelAsync(default), JsonSerializerOptions.Web);
}
