namespace Automatisering.Domain.Besluitvorming;

/// <summary>A run of text in a comparison: unchanged, removed from the older version, or added in the newer one.</summary>
public sealed record TekstStuk(string Tekst, TekstStukSoort Soort);
