namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// One field that differs between two versions, named by its label as the form shows it ("Conceptbesluit › punt 2 ›
/// Subpunten › 1"), with the text marked word by word (<see cref="Stukken"/>).
/// </summary>
public sealed record VeldVerschil(string Pad, string Label, string? Oud, string? Nieuw, IReadOnlyList<TekstStuk> Stukken);
