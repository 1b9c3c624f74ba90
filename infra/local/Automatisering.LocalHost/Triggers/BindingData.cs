using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// The values a binding expression such as <c>results/{id}.json</c> can use: the trigger metadata, the
/// properties of a JSON trigger payload, and the host's built-ins <c>rand-guid</c> and <c>DateTime</c>.
/// </summary>
internal sealed partial class BindingData
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public BindingData(IReadOnlyDictionary<string, string> metadata, string? payload)
    {
        foreach (var (key, value) in metadata)
        {
            _values[key] = value;
        }

        if (payload is not null && payload.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(payload);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Value.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array)
                    {
                        _values.TryAdd(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
                    }
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: only the metadata can be bound, as with the host.
            }
        }
    }

    public string Resolve(string expression, string bindingName) =>
        Placeholder().Replace(expression, match =>
        {
            var name = match.Groups[1].Value;
            if (name.Equals("rand-guid", StringComparison.OrdinalIgnoreCase))
            {
                return Guid.NewGuid().ToString();
            }

            if (name.Equals("DateTime", StringComparison.OrdinalIgnoreCase))
            {
                return DateTime.UtcNow.ToString("yyyy-MM-ddTHH-mm-ssZ", CultureInfo.InvariantCulture);
            }

            return _values.TryGetValue(name, out var value)
                ? value
                : throw new InvalidOperationException($"binding '{bindingName}': no value for '{{{name}}}' in '{expression}'.");
        });

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();
}
