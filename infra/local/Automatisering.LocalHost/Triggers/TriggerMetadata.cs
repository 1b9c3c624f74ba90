using System.Text.Json;
using Automatisering.LocalHost.Rpc;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// Trigger metadata for one invocation, kept twice: as typed data for the worker (strings as string, the rest as
/// JSON, as the host sends them) and as text for binding expressions such as <c>{Id}</c>.
/// </summary>
internal sealed class TriggerMetadata
{
    private readonly Dictionary<string, TypedData> _rpc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _text = new(StringComparer.OrdinalIgnoreCase);

    public TriggerMetadata AddString(string name, string value)
    {
        _rpc[name] = new TypedData { String = value };
        _text[name] = value;
        return this;
    }

    public TriggerMetadata AddJson(string name, object value)
    {
        var json = JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
        _rpc[name] = new TypedData { Json = json };
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array)
        {
            _text[name] = document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : document.RootElement.GetRawText();
        }

        return this;
    }

    /// <summary>The host's <c>sys</c> entry: method name, time and a random guid.</summary>
    public TriggerMetadata AddSys(string functionName) =>
        AddJson("sys", new { MethodName = functionName, UtcNow = DateTime.UtcNow, RandGuid = Guid.NewGuid() });

    public IReadOnlyDictionary<string, string> Text => _text;

    public void CopyTo(InvocationRequest request)
    {
        foreach (var (name, value) in _rpc)
        {
            request.TriggerMetadata[name] = value;
        }
    }
}
