namespace Automatisering.Domain.Besluitvorming;

/// <summary>Who does something, from where, and the ETag (If-Match) of the state they acted on, if they sent one.</summary>
public sealed record Handeling(string ActorId, string Origin, Azure.ETag? IfMatch);
