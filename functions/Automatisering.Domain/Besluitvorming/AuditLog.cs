using System.Text;
using System.Text.Json;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>The audit trail as JSON lines (one canonical entry per line), as stored in an append blob.</summary>
public static class AuditLog
{
    /// <summary>The line to append, without the newline.</summary>
    public static string Serialize(AuditEntry entry) => Encoding.UTF8.GetString(AuditChain.Canonical(entry, includeHash: true));

    /// <summary>
    /// Reads the lines and verifies them. Each line must be byte-for-byte the canonical form of the entry it
    /// holds, so a change that still parses (whitespace, key case, escaping) is caught as well as one that does not.
    /// </summary>
    public static AuditLogParseResult Parse(string jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var lines = jsonLines.Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var entries = new List<AuditEntry>(count);
        for (var i = 0; i < count; i++)
        {
            AuditEntry entry;
            try
            {
                entry = ParseLine(lines[i]);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                return new AuditLogParseResult(entries, AuditVerification.Invalid(i, AuditDefect.Unparseable, $"line {i + 1}: {ex.Message}"));
            }

            if (!string.Equals(Serialize(entry), lines[i], StringComparison.Ordinal))
            {
                return new AuditLogParseResult(entries, AuditVerification.Invalid(i, AuditDefect.Changed, $"line {i + 1} is not in canonical form"));
            }

            entries.Add(entry);
        }

        return new AuditLogParseResult(entries, AuditChain.Verify(entries));
    }

    private static AuditEntry ParseLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("not a JSON object");
        }

        string Text(string name) => root.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");
        var documentHash = root.GetProperty("documentHash");
        return new AuditEntry(
            root.GetProperty("seq").GetInt64(),
            Text("actor"),
            Text("action"),
            Text("object"),
            Text("result"),
            Text("origin"),
            root.GetProperty("time").GetDateTimeOffset(),
            documentHash.ValueKind == JsonValueKind.Null ? null : documentHash.GetString(),
            Text("previousHash"),
            Text("hash"));
    }
}
