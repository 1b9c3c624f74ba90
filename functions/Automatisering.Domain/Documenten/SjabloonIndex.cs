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

    public SjabloonVersie? ActieveVersie => Actief is { } nummer ? Versies.FirstOrDefault(v => v.Nummer == nummer) : null;
}
