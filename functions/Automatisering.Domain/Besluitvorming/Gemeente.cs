namespace Automatisering.Domain.Besluitvorming;

public sealed record Gemeente
{
    public string Slug { get; init; } = "";
    public string Naam { get; init; } = "";

    /// <summary>Cooperations the municipality takes part in, e.g. "SSWZM" or "BMWE".</summary>
    public IReadOnlyList<string> Samenwerkingsverbanden { get; init; } = [];

    public Route Route { get; init; } = new();

    /// <summary>Local days off (e.g. a bridge day) on top of the national holidays, for the reminder clock.</summary>
    public IReadOnlyList<DateOnly> VrijeDagen { get; init; } = [];

    /// <summary>When the college meets; null means the standard rooster (<see cref="Besluitvorming.Vergaderrooster.Standaard"/>).</summary>
    public Vergaderrooster? Vergaderrooster { get; init; }
}
