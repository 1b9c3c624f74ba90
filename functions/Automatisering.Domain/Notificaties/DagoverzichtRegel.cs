namespace Automatisering.Domain.Notificaties;

/// <summary>One message waiting for a person's daily digest; kept under its notification key, so it is kept once.</summary>
public sealed record DagoverzichtRegel(string Sleutel, string Onderwerp, string Tekst, string? Link, DateTimeOffset Op);
