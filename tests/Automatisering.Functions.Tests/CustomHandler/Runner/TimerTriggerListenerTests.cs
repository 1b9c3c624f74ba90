using Microsoft.AspNetCore.Http;
using System.Collections.Concurrent;
using System.Text.Json;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.CustomHandler.Runner;

[Collection(AzuriteCollection.Name)]
public sealed class TimerTriggerListenerTests(AzuriteFixture azurite)
{
    private static string TimerFunction(string schedule, bool runOnStartup = false) => $$"""
        { "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "{{schedule}}", "runOnStartup": {{(runOnStartup ? "true" : "false")}} } ] }
        """;

    private static Func<HttpContext, Task> Capture(ConcurrentQueue<JsonElement> calls) => async context =>
    {
        var request = await JsonDocument.ParseAsync(context.Request.Body);
        calls.Enqueue(request.RootElement.Clone());
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{ "Logs": [ "tik" ] }""");
    };

    [Fact]
    public async Task RunOnStartup_YearlySchedule_InvokedOnceAtStartWithTimerInfo()
    {
        using var root = new ScriptRoot().WithFunction("Yearly", TimerFunction("0 0 3 1 1 *", runOnStartup: true));
        var calls = new ConcurrentQueue<JsonElement>();
        await using var app = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path).WithHandler("Yearly", Capture(calls));
        app.Start();

        var call = await Eventually.Get(() => Task.FromResult(calls.TryPeek(out var c) ? (object)c : null), "the startup invocation");
        var timer = ((JsonElement)call).GetProperty("Data").GetProperty("timer");
        Assert.False(timer.GetProperty("IsPastDue").GetBoolean());
        Assert.True(timer.GetProperty("Schedule").GetProperty("AdjustForDST").GetBoolean());
        await Task.Delay(1000);
        Assert.Single(calls);
    }

    [Fact]
    public async Task MissedOccurrence_StatusBlobInThePast_InvokedOnceAsPastDue()
    {
        using var root = new ScriptRoot().WithFunction("Nightly", TimerFunction("0 0 3 * * *"));
        var hostId = "pastdue-" + Guid.NewGuid().ToString("n")[..8];
        var container = azurite.Blobs.GetBlobContainerClient("azure-webjobs-hosts");
        await container.CreateIfNotExistsAsync();
        var last = DateTimeOffset.UtcNow.AddDays(-2);
        await container.GetBlobClient($"timers/{hostId}/Nightly/status").UploadAsync(
            BinaryData.FromString($$"""{"last":"{{last:o}}","next":"{{last.AddDays(1):o}}","lastUpdated":"{{last:o}}"}"""), overwrite: true);

        var calls = new ConcurrentQueue<JsonElement>();
        await using var app = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path)
            .WithSetting("Automatisering:Runner:HostId", hostId).WithHandler("Nightly", Capture(calls));
        app.Start();

        var call = (JsonElement)await Eventually.Get(() => Task.FromResult(calls.TryPeek(out var c) ? (object)c : null), "the past-due invocation");
        var timer = call.GetProperty("Data").GetProperty("timer");
        Assert.True(timer.GetProperty("IsPastDue").GetBoolean());
        Assert.Equal(last, timer.GetProperty("ScheduleStatus").GetProperty("Last").GetDateTimeOffset());

        // The status now points at the next night, so a restart would not run it again.
        var status = await Eventually.Get(async () =>
        {
            var s = JsonDocument.Parse((await container.GetBlobClient($"timers/{hostId}/Nightly/status").DownloadContentAsync()).Value.Content.ToString()).RootElement;
            return s.GetProperty("next").GetDateTimeOffset() > DateTimeOffset.UtcNow ? (object)s : null;
        }, "an updated status blob");
        Assert.NotNull(status);
        Assert.Single(calls);
    }

    [Fact]
    public async Task TwoInstances_SameHostId_OnlyTheLeaseHolderRunsTheTimer()
    {
        using var root = new ScriptRoot().WithFunction("EverySecond", TimerFunction("* * * * * *"));
        var hostId = "singleton-" + Guid.NewGuid().ToString("n")[..8];
        var callsA = new ConcurrentQueue<JsonElement>();
        var callsB = new ConcurrentQueue<JsonElement>();
        await using var a = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path).WithSetting("Automatisering:Runner:HostId", hostId).WithHandler("EverySecond", Capture(callsA));
        await using var b = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path).WithSetting("Automatisering:Runner:HostId", hostId).WithHandler("EverySecond", Capture(callsB));
        a.Start();
        b.Start();

        await Eventually.True(() => Task.FromResult(callsA.Count + callsB.Count >= 4), "four timer runs");
        Assert.True(callsA.IsEmpty || callsB.IsEmpty, $"both instances ran the timer: {callsA.Count} and {callsB.Count}");
    }
}
