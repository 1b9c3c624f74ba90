namespace Automatisering.Functions.Besluitvorming;

/// <summary>The restart rule as configured: <c>{ "regel": "vanafStap", "stap": 3 }</c>.</summary>
public sealed record Herstart
{
    public string Regel { get; init; } = "vanafEersteStap";

    /// <summary>1-based step number; only for <see cref="HerstartRegel.VanafStap"/>.</summary>
    public int? Stap { get; init; }

    public static bool TryParseRegel(string? regel, out HerstartRegel parsed) =>
        Enum.TryParse(regel?.Trim(), ignoreCase: true, out parsed) && Enum.IsDefined(parsed) && !int.TryParse(regel, out _);

    public HerstartRegel ParsedRegel => TryParseRegel(Regel, out var parsed)
        ? parsed
        : throw new InvalidOperationException($"Unknown herstart regel '{Regel}'; validate the configuration first.");
}
