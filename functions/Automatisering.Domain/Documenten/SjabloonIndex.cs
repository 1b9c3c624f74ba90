namespace Automatisering.Domain.Documenten;

/// <summary>
/// The small JSON index next to a document type's uploaded templates (<c>sjablonen/{gemeente}/{type}/index.json</c>):
/// every version (kept, so an earlier one can be restored) and which one is active. <see cref="Actief"/> null
/// means the shipped template (the standaardsjabloon) is used.
/// </summary>
public sealed record SjabloonIndex
{
    public IReadOnlyList<SjabloonVersie> Versies { get; init; } = [];

    public int? Actief { get; init; }

    public string? GeactiveerdDoor { get; init; }

    public DateTimeOffset? GeactiveerdOp { get; init; }

    /// <summary>
    /// Every version that has been active: documents may name it, so it is kept. Null in an index from before this
    /// was recorded, when any of its versions may have been.
    /// </summary>
    public IReadOnlyList<int>? OoitActief { get; init; }

    /// <summary>Numbers of removed versions, never given out again (the trail names them).</summary>
    public IReadOnlyList<int> Verwijderd { get; init; } = [];

    public SjabloonVersie? ActieveVersie => Actief is { } nummer ? Versies.FirstOrDefault(v => v.Nummer == nummer) : null;

    /// <summary>A version that was uploaded but never made active; no document names it, so it may be removed.</summary>
    public bool IsVerwijderbaar(int nummer) =>
        Actief != nummer && OoitActief is { } ooit && !ooit.Contains(nummer) && Versies.Any(v => v.Nummer == nummer);

    /// <summary>The versions that may have been active, to carry over when the index is changed.</summary>
    internal IReadOnlyList<int> Gebruikt => OoitActief ?? [.. Versies.Select(v => v.Nummer)];
}
