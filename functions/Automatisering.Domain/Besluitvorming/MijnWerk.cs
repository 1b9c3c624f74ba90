namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Everything that waits on or concerns one person: parafen waiting on them (also namens whom they substitute),
/// their returned items, their concepts, and their items on an agenda. Substitutes see the steller's items too.
/// </summary>
public sealed record MijnWerk(
    IReadOnlyList<InboxItem> Parafen,
    IReadOnlyList<WerkvoorraadRegel> Teruggestuurd,
    IReadOnlyList<WerkvoorraadRegel> Concepten,
    IReadOnlyList<WerkvoorraadRegel> Geagendeerd)
{
    /// <summary>What the person must act on: parafen and returned items (the menu shows this number).</summary>
    public int Open => Parafen.Count + Teruggestuurd.Count;
}
