namespace Automatisering.Domain.Besluitvorming;

/// <summary>The dossier flags a conditional route step may name in <c>when</c>.</summary>
public static class RouteVoorwaarden
{
    public const string FinancieleGevolgen = "financieleGevolgen";

    public static IReadOnlyList<string> All { get; } = [FinancieleGevolgen];

    public static bool IsKnown(string? name) => All.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool Evaluate(string? when, bool financieleGevolgen) => when switch
    {
        null or "" => true,
        _ when string.Equals(when, FinancieleGevolgen, StringComparison.OrdinalIgnoreCase) => financieleGevolgen,
        _ => throw new InvalidOperationException($"Unknown route condition '{when}'; validate the configuration first."),
    };
}
