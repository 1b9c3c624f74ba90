namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// One numbered point of a (concept)besluit as the college adopts it: the point's text, an optional quoted
/// passage (one item per paragraph, e.g. the intention of a charter) and optional sub-points. A decision is the
/// exact list of these; flattening it to one string loses what the official record must keep.
/// </summary>
public sealed record Besluitpunt(string Nr, string Tekst, IReadOnlyList<string> Intentie, IReadOnlyList<string> Subpunten)
{
    public bool Equals(Besluitpunt? other) =>
        other is not null && Nr == other.Nr && Tekst == other.Tekst && Intentie.SequenceEqual(other.Intentie) && Subpunten.SequenceEqual(other.Subpunten);

    public override int GetHashCode() => HashCode.Combine(Nr, Tekst, Intentie.Count, Subpunten.Count);
}
