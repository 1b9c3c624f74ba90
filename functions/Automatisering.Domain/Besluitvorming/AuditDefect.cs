namespace Automatisering.Domain.Besluitvorming;

public enum AuditDefect
{
    /// <summary>An entry's content no longer matches its hash, or an entry was rewritten with a new hash.</summary>
    Changed,

    /// <summary>One or more entries are missing before this index.</summary>
    Removed,

    /// <summary>The entry is not where its sequence number says it belongs.</summary>
    Reordered,

    /// <summary>The line is not a well-formed audit entry.</summary>
    Unparseable,

    /// <summary>Entries are missing at the end: the last hash differs from the expected head.</summary>
    Truncated,
}
