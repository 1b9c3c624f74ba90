using Automatisering.LocalHost.Worker;

namespace Automatisering.LocalHost;

/// <summary>Settings of a <see cref="LocalFunctionsHost"/>.</summary>
public sealed class LocalHostOptions
{
    /// <summary>The worker's build output: host.json, functions.metadata, worker.config.json and the worker dll.</summary>
    public required string ScriptRoot { get; init; }

    /// <summary>App settings (local.settings.json's <c>Values</c>): given to the worker and used for <c>%Setting%</c> and connections.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();

    /// <summary>Port of the HTTP front end on localhost; 0 picks a free one (see <see cref="LocalFunctionsHost.HttpAddress"/>).</summary>
    public int HttpPort { get; init; } = 7071;

    /// <summary>How the worker is started; default: <c>dotnet &lt;app&gt;.dll</c> in its own process.</summary>
    public IWorkerLauncher? WorkerLauncher { get; init; }

    /// <summary>Key for the admin API; default: Values' <c>AzureWebJobsMasterKey</c>, else a random key logged at start.</summary>
    public string? MasterKey { get; init; }

    /// <summary>Names the singleton locks and timer status blobs, as the host ID does in Azure.</summary>
    public string HostId { get; init; } = "automatisering";

    /// <summary>How long a message being processed stays invisible; renewed at half-time, like the host's 10 minutes.</summary>
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Length of the blob lease that makes one host the timer runner (15–60 s, as blob leases allow).</summary>
    public TimeSpan TimerLease { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>An invocation without an answer after this long is a failed attempt (the host's functionTimeout).</summary>
    public TimeSpan InvocationTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long HTTP requests, triggers and start-up wait for a worker that is (re)starting.</summary>
    public TimeSpan WorkerReadyTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait before restarting a crashed worker; doubles per crash in a row, up to a minute.</summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a stopping worker gets after WorkerTerminate before its process tree is killed.</summary>
    public TimeSpan ShutdownGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Storage connection string; default: Values' <c>AzureWebJobsStorage</c>.</summary>
    public string? StorageConnectionString { get; init; }

    public string ResolvedScriptRoot => Path.GetFullPath(ScriptRoot);

    /// <summary>A setting by name, with <c>__</c> and <c>:</c> interchangeable as in .NET configuration.</summary>
    public string? GetValue(string name) =>
        Values.TryGetValue(name, out var value) ? value
        : Values.TryGetValue(name.Replace(":", "__", StringComparison.Ordinal), out value) ? value
        : Values.TryGetValue(name.Replace("__", ":", StringComparison.Ordinal), out value) ? value
        : null;
}
