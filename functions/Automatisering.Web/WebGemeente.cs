namespace Automatisering.Web;

/// <summary>How a municipality presents itself on its pages: display name, logo and house colour.</summary>
public sealed record WebGemeente(string Slug, string Naam, string Weergavenaam, string? Logo, string? Kleur);
