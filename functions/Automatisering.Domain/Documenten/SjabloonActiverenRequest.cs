namespace Automatisering.Domain.Documenten;

/// <summary>Which uploaded version to make active; for restoring, none means the standaardsjabloon.</summary>
public sealed record SjabloonActiverenRequest(int? Versie);
