using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automatisering.Functions.CustomHandler;

/// <summary>
/// The answer to an invocation: values for the output bindings under their names, log lines the host
/// writes to its own log, and the value for a <c>$return</c> binding.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, JsonElement>? Outputs = null,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string>? Logs = null,
    [property: JsonPropertyName("ReturnValue")] JsonElement? ReturnValue = null);
