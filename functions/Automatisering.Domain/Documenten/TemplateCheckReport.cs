using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

public sealed record TemplateCheckReport(string Sjabloon, bool Ok, IReadOnlyList<TemplateProblem> Problems);
