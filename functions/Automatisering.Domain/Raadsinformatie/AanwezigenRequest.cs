namespace Automatisering.Domain.Raadsinformatie;

/// <summary>The griffier's attendance registration: the ids of their own raadsleden who attend; the others are absent.</summary>
public sealed record AanwezigenRequest(IReadOnlyList<string>? Aanwezig);
