using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// What a step did, in the shape of the audit trail (actor, action, object, result). The domain does no I/O, so
/// it hands these to the caller, which appends them with <see cref="NaarAudit"/> after storing the new state.
/// <see cref="Toelichting"/> is for logs and screens; the audit chain has no field for it.
/// </summary>
public sealed record SamenwerkingGebeurtenis(
    string Actor,
    string Actie,
    string Object,
    string Resultaat,
    DateTimeOffset Tijd,
    string? Toelichting = null)
{
    /// <summary>The actor of steps nobody performs by hand: decisions arriving from a dossier, the embargo timer.</summary>
    public const string Systeem = "systeem";

    public AuditEntry NaarAudit(AuditEntry? vorige, string origin) =>
        AuditChain.Append(vorige, Actor, Actie, Object, Resultaat, origin, Tijd);
}
