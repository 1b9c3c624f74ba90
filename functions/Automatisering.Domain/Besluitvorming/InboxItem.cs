namespace Automatisering.Domain.Besluitvorming;

/// <summary>A paraaf waiting for someone: for themselves, or on behalf of (namens) someone they substitute.</summary>
public sealed record InboxItem(string DossierId, string Onderwerp, string? Stap, DateTimeOffset? Sinds, string? Namens);
