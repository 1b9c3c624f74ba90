using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

/// <summary>A stored upload and the checker's report on it (field problems and what was neutralised).</summary>
public sealed record SjabloonUpload(SjabloonVersie Versie, TemplateCheckResult Rapport);
