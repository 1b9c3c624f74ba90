namespace Automatisering.Domain.Distributie;

/// <summary>A way a decision reaches a recipient: the local outbox or Microsoft Graph (mail and SharePoint).</summary>
public interface IDistributieKanaal
{
    Task<BezorgResultaat> BezorgAsync(Bezorging b, CancellationToken ct);

    /// <summary>
    /// Whether a delivery with this key already went out; asked after an ambiguous outcome
    /// (<see cref="BezorgStatus.Onzeker"/>) so a retry never sends twice.
    /// </summary>
    Task<bool> IsAlBezorgdAsync(string idempotencyKey, CancellationToken ct);
}
