namespace Automatisering.Functions.CustomHandler.Runner;

/// <summary>Settings of the local trigger runner (section <c>Automatisering:Runner</c>).</summary>
public sealed class RunnerOptions
{
    public const string Section = "Automatisering:Runner";

    /// <summary>Default: on when the app is not started by the Functions host (no FUNCTIONS_CUSTOMHANDLER_PORT).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The folder with host.json and the function folders; default: the app's own folder.</summary>
    public string? ScriptRoot { get; set; }

    /// <summary>How long a message being processed stays invisible; renewed at half-time, like the host's 10 minutes.</summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Names the singleton locks and timer status blobs, as the host's host ID does.</summary>
    public string HostId { get; set; } = "automatisering";

    /// <summary>Length of the blob lease that makes one instance the timer runner (15–60 s, as blob leases allow).</summary>
    public TimeSpan TimerLease { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsEnabled => Enabled ?? string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT"));

    public string ResolvedScriptRoot => string.IsNullOrWhiteSpace(ScriptRoot) ? AppContext.BaseDirectory : Path.GetFullPath(ScriptRoot);
}
