namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// One step of a paraaf route. Several roles make it a parallel step that every role must sign;
/// <see cref="When"/> makes it conditional on a dossier flag.
/// </summary>
public sealed record RouteStap
{
    /// <summary>Optional display name; defaults to the role labels.</summary>
    public string? Naam { get; init; }

    public IReadOnlyList<string> Rollen { get; init; } = [];

    /// <summary>Name of a dossier flag (see <see cref="RouteVoorwaarden"/>), e.g. "financieleGevolgen".</summary>
    public string? When { get; init; }

    public IReadOnlyList<Rol> ParsedRollen => Rollen.Select(Besluitvorming.Rollen.Parse).ToList();
}
