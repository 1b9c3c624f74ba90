namespace Automatisering.Domain.Besluitvorming;

/// <summary>The entries read from an audit log (up to the first unreadable line) and the verification of the whole text.</summary>
public sealed record AuditLogParseResult(IReadOnlyList<AuditEntry> Entries, AuditVerification Verification);
