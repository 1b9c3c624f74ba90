using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// The template a document is made with: the active uploaded version (with the shipped template's schema) or the
/// shipped one. <see cref="Id"/> is what a dossier records: "steenwijkerland/agendapunt/v3" or "standaard".
/// </summary>
public sealed record GekozenSjabloon(CatalogTemplate Template, string Id);
