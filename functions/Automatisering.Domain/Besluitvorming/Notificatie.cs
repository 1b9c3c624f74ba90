namespace Automatisering.Domain.Besluitvorming;

/// <summary>A message to people, with a key that makes it go out once however often it is produced.</summary>
public sealed record Notificatie(string Sleutel, IReadOnlyList<string> AanPersoonIds, IReadOnlyList<string> AanEmail, string Onderwerp, string Tekst, DateTimeOffset Op);
