namespace Automatisering.LocalHost.Functions;

/// <summary>
/// The <c>extensions.queues</c> section of host.json, with the Functions host's defaults
/// (Microsoft.Azure.WebJobs.Extensions.Storage.Queues 5.x).
/// </summary>
public sealed record QueueHostSettings
{
    public int BatchSize { get; init; } = 16;
    public int? NewBatchThreshold { get; init; }
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;
    public int MaxDequeueCount { get; init; } = 5;
    public string MessageEncoding { get; init; } = "base64";

    /// <summary>The host fetches a new batch once this few messages are still in flight.</summary>
    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? Environment.ProcessorCount * BatchSize / 2;

    public bool UsesBase64 => !string.Equals(MessageEncoding, "none", StringComparison.OrdinalIgnoreCase);
}
