namespace Automatisering.Domain.Besluitvorming;

/// <summary>Outcome of checking an audit trail: valid, or the first bad index with the defect and why.</summary>
public sealed record AuditVerification(bool IsValid, int? FirstInvalidIndex, AuditDefect? Defect, string? Reason)
{
    public static AuditVerification Valid { get; } = new(true, null, null, null);

    public static AuditVerification Invalid(int index, AuditDefect defect, string reason) => new(false, index, defect, reason);
}
