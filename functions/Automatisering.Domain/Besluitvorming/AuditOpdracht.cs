namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// An audit line still to be appended: stored with the dossier in the same write as the change it records, so a
/// crash between that write and the append cannot lose it (a transactional outbox of one line).
/// </summary>
public sealed record AuditOpdracht(string Actor, string Action, string Object, string Result, string Origin, DateTimeOffset Time, string? DocumentHash);
