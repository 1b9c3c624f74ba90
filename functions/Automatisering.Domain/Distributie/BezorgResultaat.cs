namespace Automatisering.Domain.Distributie;

/// <param name="Referentie">Where it went: the outbox prefix or the Graph message id, when known.</param>
/// <param name="Fout">Why it failed, for the log and the retry decision.</param>
/// <param name="OpnieuwNa">The service's Retry-After, when it gave one.</param>
public sealed record BezorgResultaat(
    BezorgStatus Status,
    string IdempotencyKey,
    string? Referentie = null,
    string? Fout = null,
    TimeSpan? OpnieuwNa = null)
{
    public bool IsBezorgd => Status is BezorgStatus.Bezorgd or BezorgStatus.AlBezorgd;
}
