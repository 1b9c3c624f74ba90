namespace Automatisering.Domain.Besluitvorming;

/// <summary>The restart rule as configured: <c>{ "regel": "vanafStap", "stap": 3 }</c>.</summary>
public sealed record Herstart
{
    public string Regel { get; init; } = "vanafEersteStap";

    /// <summary>1-based step number; only for <see cref="HerstartRegel.VanafStap"/>.</summary>
    public int? Stap { get; init; }

    // Matched by name only: Enum.TryParse would also accept numbers and comma-separated combinations.
    public static bool TryParseRegel(string? regel, out HerstartRegel parsed)
    {
        var name = Enum.GetNames<HerstartRegel>().FirstOrDefault(n => string.Equals(n, regel?.Trim(), StringComparison.OrdinalIgnoreCase));
        parsed = name is null ? default : Enum.Parse<HerstartRegel>(name);
        return name is not null;
    }

    public HerstartRegel ParsedRegel => TryParseRegel(Regel, out var parsed)
        ? parsed
        : throw new InvalidOperationException($"Unknown herstart regel '{Regel}'; validate the configuration first.");
}
