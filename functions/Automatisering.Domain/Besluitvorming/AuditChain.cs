using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The SHA-256 hash chain over <see cref="AuditEntry"/>: each entry's hash covers its fields and the previous
/// entry's hash. Removing entries at the very end is only detectable against a head hash kept elsewhere,
/// hence the optional <c>expectedHeadHash</c> of <see cref="Verify"/>.
/// </summary>
public static class AuditChain
{
    public static string GenesisHash { get; } = new('0', 64);

    public static AuditEntry Append(
        AuditEntry? previous,
        string actor,
        string action,
        string @object,
        string result,
        string origin,
        DateTimeOffset time,
        string? documentHash = null)
    {
        foreach (var (value, name) in new[] { (actor, nameof(actor)), (action, nameof(action)), (@object, nameof(@object)), (result, nameof(result)), (origin, nameof(origin)) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"{name} is required in an audit entry.", name);
            }
        }

        var entry = new AuditEntry(
            (previous?.Sequence ?? 0) + 1,
            actor,
            action,
            @object,
            result,
            origin,
            // Stored as UTC: the canonical form writes UTC with seven fraction digits (whole ticks), so it survives a round-trip.
            time.ToUniversalTime(),
            documentHash,
            previous?.Hash ?? GenesisHash,
            "");
        return entry with { Hash = ComputeHash(entry) };
    }

    public static string ComputeHash(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry, includeHash: false)));

    /// <summary>
    /// The canonical UTF-8 JSON: fixed field order, no whitespace, UTC time with seven fraction digits. The stored
    /// line is this with the hash appended, so a line that differs from it by a single byte is detected.
    /// </summary>
    public static byte[] Canonical(AuditEntry entry, bool includeHash)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("seq", entry.Sequence);
            w.WriteString("actor", entry.Actor);
            w.WriteString("action", entry.Action);
            w.WriteString("object", entry.Object);
            w.WriteString("result", entry.Result);
            w.WriteString("origin", entry.Origin);
            w.WriteString("time", entry.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            if (entry.DocumentHash is null)
            {
                w.WriteNull("documentHash");
            }
            else
            {
                w.WriteString("documentHash", entry.DocumentHash);
            }

            w.WriteString("previousHash", entry.PreviousHash);
            if (includeHash)
            {
                w.WriteString("hash", entry.Hash);
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static AuditVerification Verify(IReadOnlyList<AuditEntry> entries, string? expectedHeadHash = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var computed = ComputeHash(entry);
            if (!string.Equals(computed, entry.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Invalid(i, AuditDefect.Changed, $"entry {i} (seq {entry.Sequence}) has hash {entry.Hash} but its content hashes to {computed}");
            }

            var expectedSequence = i == 0 ? 1 : entries[i - 1].Sequence + 1;
            var expectedPrevious = i == 0 ? GenesisHash : entries[i - 1].Hash;
            if (entry.Sequence > expectedSequence)
            {
                var later = entries.Skip(i + 1).Any(e => e.Sequence == expectedSequence);
                return later
                    ? AuditVerification.Invalid(i, AuditDefect.Reordered, $"entry {i} has seq {entry.Sequence} but seq {expectedSequence} comes later")
                    : AuditVerification.Invalid(i, AuditDefect.Removed, $"seq {expectedSequence} to {entry.Sequence - 1} are missing before entry {i}");
            }

            if (entry.Sequence < expectedSequence)
            {
                return AuditVerification.Invalid(i, AuditDefect.Reordered, $"entry {i} has seq {entry.Sequence}, expected {expectedSequence}");
            }

            if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                // This entry hashes correctly, so its link is original: the entry before it was rewritten and re-hashed.
                return i == 0
                    ? AuditVerification.Invalid(0, AuditDefect.Changed, "the first entry does not start from the genesis hash")
                    : AuditVerification.Invalid(i - 1, AuditDefect.Changed, $"entry {i - 1} was rewritten: entry {i} links to {entry.PreviousHash}, not to its hash {expectedPrevious}");
            }
        }

        if (expectedHeadHash is not null && (entries.Count == 0 || !string.Equals(entries[^1].Hash, expectedHeadHash, StringComparison.OrdinalIgnoreCase)))
        {
            return AuditVerification.Invalid(entries.Count, AuditDefect.Truncated, $"the last entry's hash is not the expected head {expectedHeadHash}");
        }

        return AuditVerification.Valid;
    }
}
