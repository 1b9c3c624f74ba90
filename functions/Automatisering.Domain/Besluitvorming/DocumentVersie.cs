namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A generated document version; parafen are bound to its SHA-256 <see cref="Hash"/> (lower-case hex).
/// <see cref="Sjablonen"/> names the template that made each generated document ("agendapunt.docx" →
/// "steenwijkerland/agendapunt/v3", or "standaard" for the shipped one); null for versions stored before it was kept.
/// </summary>
public sealed record DocumentVersie(int Nummer, string Hash, DateTimeOffset GemaaktOp, string GemaaktDoor, IReadOnlyDictionary<string, string>? Sjablonen = null);
