namespace Automatisering.Domain.Distributie;

public enum BezorgStatus
{
    /// <summary>Sent (or written to the outbox) now.</summary>
    Bezorgd,

    /// <summary>An earlier attempt with the same idempotency key already delivered it; nothing was sent.</summary>
    AlBezorgd,

    /// <summary>Refused before anything was sent (throttled past the retries): safe to try again later.</summary>
    Tijdelijk,

    /// <summary>
    /// Timeout, 5xx or a broken connection: it may or may not have been sent. Ask
    /// <see cref="IDistributieKanaal.IsAlBezorgdAsync"/> before any resend.
    /// </summary>
    Onzeker,

    /// <summary>Refused for good (4xx: unknown mailbox, no permission, bad request); retrying will not help.</summary>
    Geweigerd,
}
