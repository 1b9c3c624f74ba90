namespace Automatisering.Templating;

/// <summary>A resolved template: compiled document, its schema (null when there is no schema file) and where it came from.</summary>
public sealed record CatalogTemplate(string Gemeente, string Name, DocumentTemplate Template, TemplateSchema? Schema, string TemplatePath);
