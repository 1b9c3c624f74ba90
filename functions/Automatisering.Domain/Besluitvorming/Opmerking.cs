namespace Automatisering.Domain.Besluitvorming;

/// <summary>A comment on the dossier, e.g. the reason it was returned to the author.</summary>
public sealed record Opmerking(string PersoonId, string Naam, string Tekst, DateTimeOffset Op, int Versie, bool Teruggestuurd);
