namespace Automatisering.Domain.Besluitvorming;

/// <summary>The usual values of <see cref="AuditEntry.Result"/>; refused actions are audited too.</summary>
public static class AuditResult
{
    public const string Ok = "ok";
    public const string Denied = "denied";
    public const string Conflict = "conflict";
    public const string Invalid = "invalid";
}
