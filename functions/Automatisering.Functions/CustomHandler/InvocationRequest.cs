using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automatisering.Functions.CustomHandler;

/// <summary>
/// The payload the Functions host (or the local trigger runner) POSTs to <c>/{FunctionName}</c>:
/// trigger and input binding values under their binding names, and the trigger metadata.
/// </summary>
public sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] IReadOnlyDictionary<string, JsonElement> Data,
    [property: JsonPropertyName("Metadata")] IReadOnlyDictionary<string, JsonElement> Metadata)
{
    /// <summary>The trigger value as text; the host sends queue messages as JSON strings.</summary>
    public string? GetString(string bindingName) =>
        Data.TryGetValue(bindingName, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
