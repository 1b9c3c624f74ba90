namespace Automatisering.Domain.Distributie;

/// <summary>The outbox's <c>bezorging.json</c>: the Graph requests production would make, in order.</summary>
public sealed record OutboxManifest(
    string IdempotencyKey,
    string Gemeente,
    string Onderwerp,
    IReadOnlyList<string> To,
    DateTimeOffset Aangemaakt,
    IReadOnlyList<OutboxVerzoek> Verzoeken);
