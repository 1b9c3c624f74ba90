namespace Automatisering.Domain.Samenwerking;

/// <summary>A municipality's own quote in the joint press release (template list "citaten").</summary>
public sealed record PersCitaat(string Wie, string Functie, string Citaat);
