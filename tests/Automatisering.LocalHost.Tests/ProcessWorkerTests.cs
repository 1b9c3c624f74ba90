using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Automatisering.LocalHost.Tests.Infrastructure;
using Automatisering.LocalHost.Triggers;
using Automatisering.LocalHost.Worker;

namespace Automatisering.LocalHost.Tests;

/// <summary>The worker started from the test worker's build output, as <c>dotnet Automatisering.LocalHost.TestWorker.dll</c>.</summary>
[Collection(ProcessHostCollection.Name)]
public sealed class ProcessWorkerTests(AzuriteFixture storage) : IAsyncLifetime
{
    private readonly TestLog _log = new();
    private readonly string _hostId = "proc-" + Guid.NewGuid().ToString("N")[..12];
    private LocalFunctionsHost? _host;

    [Fact]
    public async Task StopAsync_WorkerProcess_WholeProcessTreeGone()
    {
        var host = await StartHostAsync();
        var pid = host.WorkerProcessId ?? throw new InvalidOperationException("no worker process id");
        using var http = new HttpClient { BaseAddress = host.HttpAddress };
        using (var response = await http.GetAsync("/api/greet/Proces"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Hallo Proces", await response.Content.ReadAsStringAsync());
        }

        Assert.True(IsRunning(pid));

        await host.StopAsync();

        await Eventually.True(() => !IsRunning(pid), $"worker process {pid} to be gone", seconds: 30);
    }

    [Fact]
    public async Task QueueTrigger_WorkerProcessCrashes_WorkerRestartedAndMessageRedelivered()
    {
        var host = await StartHostAsync();
        var firstPid = host.WorkerProcessId ?? throw new InvalidOperationException("no worker process id");
        var text = "crash-" + Guid.NewGuid().ToString("N");
        var crash = storage.Queues.GetQueueClient("crash");
        await crash.CreateIfNotExistsAsync();

        // Crash ends its process on the first attempt and succeeds on the second.
        await crash.SendMessageAsync(text);

        var done = storage.Queues.GetQueueClient("crash-done");
        await Eventually.True(async () =>
            (await done.ExistsAsync()).Value && (await done.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString() == $"{text} after 2"),
            "the redelivered message's output", seconds: 90);
        Assert.NotEqual(firstPid, host.WorkerProcessId);
        Assert.False(IsRunning(firstPid));
        Assert.Contains(_log.Lines, l => l.Contains("exited unexpectedly; restarting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TimerTrigger_MissedOccurrenceInStatusBlob_RunsPastDueAtStart()
    {
        var hosts = storage.Blobs.GetBlobContainerClient(TimerTriggerListener.HostContainer);
        await hosts.CreateIfNotExistsAsync();
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        await hosts.GetBlobClient($"timers/{_hostId}/Nightly/status")
            .UploadAsync(BinaryData.FromObjectAsJson(new TimerScheduleStatus(yesterday.AddDays(-1), yesterday, yesterday), JsonSerializerOptions.Web), overwrite: true);

        await StartHostAsync();

        var timers = storage.Blobs.GetBlobContainerClient("timers");
        await Eventually.True(async () =>
        {
            if (!(await timers.ExistsAsync()).Value)
            {
                return false;
            }

            await foreach (var blob in timers.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = "nightly-" }))
            {
                using var json = JsonDocument.Parse((await timers.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString());
                if (json.RootElement.GetProperty("IsPastDue").GetBoolean())
                {
                    return true;
                }
            }

            return false;
        }, "a past-due run of Nightly", seconds: 90);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), $"automatisering-localhost-{_hostId}.log"), _log.Lines);
    }

    private async Task<LocalFunctionsHost> StartHostAsync()
    {
        var factory = _log.CreateFactory();
        _host = new LocalFunctionsHost(
            new LocalHostOptions
            {
                ScriptRoot = TestWorkerBuild.Output,
                HttpPort = 0,
                HostId = _hostId,
                RestartDelay = TimeSpan.FromMilliseconds(200),
                WorkerLauncher = new ProcessWorkerLauncher(factory),
                Values = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = storage.ConnectionString },
            },
            factory);
        await _host.StartAsync();
        await _host.WaitUntilRunningAsync(TimeSpan.FromSeconds(90));
        return _host;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
