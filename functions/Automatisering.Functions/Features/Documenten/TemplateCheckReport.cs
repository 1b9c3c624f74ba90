using Automatisering.Templating;

namespace Automatisering.Functions.Features.Documenten;

public sealed record TemplateCheckReport(string Sjabloon, bool Ok, IReadOnlyList<TemplateProblem> Problems);
