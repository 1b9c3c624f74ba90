using System.Text.Json;
using Automatisering.LocalHost.Tests.Infrastructure;

namespace Automatisering.LocalHost.Tests;

[Collection(LocalHostCollection.Name)]
public sealed class TimerTriggerTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task TimerTrigger_RunOnStartup_RunsAtStartNotPastDue()
    {
        var container = fixture.Storage.Blobs.GetBlobContainerClient("timers");

        var runs = await Eventually.Get(async () =>
        {
            if (!(await container.ExistsAsync()).Value)
            {
                return null;
            }

            var list = new List<JsonDocument>();
            await foreach (var blob in container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "nightly-" }))
            {
                list.Add(JsonDocument.Parse((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString()));
            }

            return list.Count > 0 ? list : null;
        }, "the runOnStartup run's blob");

        Assert.False(runs[0].RootElement.GetProperty("IsPastDue").GetBoolean());
    }

    [Fact]
    public async Task TimerTrigger_AfterRun_StatusBlobHoldsNextOccurrenceAndLockIsLeased()
    {
        var hosts = fixture.Storage.Blobs.GetBlobContainerClient("azure-webjobs-hosts");
        var status = hosts.GetBlobClient($"timers/{LocalHostFixture.HostId}/Nightly/status");

        await Eventually.True(async () => (await status.ExistsAsync()).Value, "the timer status blob");

        using var json = JsonDocument.Parse((await status.DownloadContentAsync()).Value.Content.ToString());
        var next = json.RootElement.GetProperty("next").GetDateTimeOffset();
        Assert.Equal(new TimeOnly(3, 0), TimeOnly.FromDateTime(next.UtcDateTime));
        Assert.Equal(1, next.Month);
        Assert.Equal(1, next.Day);
        var lease = (await hosts.GetBlobClient($"locks/{LocalHostFixture.HostId}/Nightly.Listener").GetPropertiesAsync()).Value.LeaseState;
        Assert.Equal(Azure.Storage.Blobs.Models.LeaseState.Leased, lease);
    }
}
