namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// One entry of the audit trail. <see cref="Hash"/> is the SHA-256 of the canonical form of every other field,
/// including <see cref="PreviousHash"/>, so changing, removing or reordering an entry breaks the chain.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    string Actor,
    string Action,
    string Object,
    string Result,
    string Origin,
    DateTimeOffset Time,
    string? DocumentHash,
    string PreviousHash,
    string Hash);
