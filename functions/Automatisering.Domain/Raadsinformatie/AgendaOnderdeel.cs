namespace Automatisering.Domain.Raadsinformatie;

/// <summary>One item of a theme meeting's agenda, with the library documents it discusses.</summary>
public sealed record AgendaOnderdeel(string Onderwerp, IReadOnlyList<string> DocumentIds);
