namespace Automatisering.Domain.Besluitvorming;

public sealed record Gemeente
{
    public string Slug { get; init; } = "";
    public string Naam { get; init; } = "";

    /// <summary>
    /// The CBS gemeentecode (four digits, e.g. "0119" for Meppel): names the municipality as the public sector's
    /// registers do (TOOI), e.g. as the publisher of its Woo documents. Optional; without it a web address stands in.
    /// </summary>
    public string? Gemeentecode { get; init; }

    /// <summary>The municipality's TOOI identifier, when its <see cref="Gemeentecode"/> is known.</summary>
    public string? TooiUri => Gemeentecode is { Length: > 0 } code ? $"https://identifier.overheid.nl/tooi/id/gemeente/gm{code}" : null;

    /// <summary>Cooperations the municipality takes part in, e.g. "SSWZM" or "BMWE".</summary>
    public IReadOnlyList<string> Samenwerkingsverbanden { get; init; } = [];

    public Route Route { get; init; } = new();

    /// <summary>Local days off (e.g. a bridge day) on top of the national holidays, for the reminder clock.</summary>
    public IReadOnlyList<DateOnly> VrijeDagen { get; init; } = [];

    /// <summary>When the college meets; null means the standard rooster (<see cref="Besluitvorming.Vergaderrooster.Standaard"/>).</summary>
    public Vergaderrooster? Vergaderrooster { get; init; }
}
