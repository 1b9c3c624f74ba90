using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automatisering.LocalHost.Functions;

/// <summary>One raw binding of a function (the function.json shape the worker reports); only what the host uses.</summary>
public sealed record BindingDefinition
{
    public required string Type { get; init; }
    public required string Name { get; init; }
    public string? Direction { get; init; }
    public string? QueueName { get; init; }

    /// <summary>Blob path; the isolated worker's metadata calls it <c>blobPath</c>, function.json <c>path</c>.</summary>
    public string? Path { get; init; }
    public string? BlobPath { get; init; }
    public string? Connection { get; init; }
    public string? Schedule { get; init; }
    public bool? RunOnStartup { get; init; }
    public bool? UseMonitor { get; init; }
    public string? Route { get; init; }
    public string[]? Methods { get; init; }
    public string? AuthLevel { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; init; }

    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    public bool IsOutput => string.Equals(Direction, "out", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Direction, "inout", StringComparison.OrdinalIgnoreCase);

    public string? EffectivePath => Path ?? BlobPath;
}
