namespace Automatisering.LocalHost.Tests.Infrastructure;

/// <summary>
/// One local host with the test worker in-process, against its own Azurite, shared by a collection. The Crash
/// function is disabled here: it ends its process, which in-process would be the test run.
/// </summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    public const string HostId = "inprocess";

    public AzuriteFixture Storage { get; } = new();

    public TestLog Log { get; } = new();

    public LocalFunctionsHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        Host = new LocalFunctionsHost(
            new LocalHostOptions
            {
                ScriptRoot = AppContext.BaseDirectory,
                HttpPort = 0,
                HostId = HostId,
                MasterKey = "test-master-key",
                MessageLease = TimeSpan.FromSeconds(2),
                WorkerLauncher = InProcessWorker.Launcher(),
                Values = new Dictionary<string, string?>
                {
                    ["AzureWebJobsStorage"] = Storage.ConnectionString,
                    ["AzureWebJobs.Crash.Disabled"] = "true",
                    ["SLOW_SECONDS"] = "3",
                },
            },
            Log.CreateFactory());
        await Host.StartAsync();
        await Host.WaitUntilRunningAsync(TimeSpan.FromSeconds(60));
        Http = new HttpClient { BaseAddress = Host.HttpAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Storage.DisposeAsync();

        // The host's log of the whole run, for a failure that needs more than the assertion message.
        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), "automatisering-localhost-tests.log"), Log.Lines);
    }
}
