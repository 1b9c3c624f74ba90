namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// Whether the joint release is due. <see cref="VolgendeControle"/> is the embargo moment when only time stands in
/// the way, so a timer can be set for it; null when the release waits on people or decisions (events, not time).
/// </summary>
public sealed record EmbargoOordeel(bool VrijgaveNodig, PersberichtStatus Status, DateTimeOffset? VolgendeControle, string Reden);
