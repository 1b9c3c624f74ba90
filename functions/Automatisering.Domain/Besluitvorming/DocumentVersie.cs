namespace Automatisering.Domain.Besluitvorming;

/// <summary>A generated document version; parafen are bound to its SHA-256 <see cref="Hash"/> (lower-case hex).</summary>
public sealed record DocumentVersie(int Nummer, string Hash, DateTimeOffset GemaaktOp, string GemaaktDoor);
