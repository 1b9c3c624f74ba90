namespace Automatisering.Domain.Besluitvorming;

/// <summary>A municipality's paraaf route with its reminder limits and restart rule.</summary>
public sealed record Route
{
    public IReadOnlyList<RouteStap> Stappen { get; init; } = [];
    public Herstart Herstart { get; init; } = new();

    /// <summary>Working days a step may wait before its assignees get a reminder.</summary>
    public int HerinneringNaWerkdagen { get; init; } = 3;

    /// <summary>Working days a step may wait before the gemeentesecretaris is told.</summary>
    public int EscalatieNaWerkdagen { get; init; } = 5;
}
