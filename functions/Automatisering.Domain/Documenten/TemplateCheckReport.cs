using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// The checker's report as the API returns it: the problems and what was neutralised (each with code, part and
/// paragraph), and <see cref="Meldingen"/>: all of them as a template manager reads them, in Dutch with the paragraph text.
/// </summary>
public sealed record TemplateCheckReport(string Sjabloon, bool Ok, IReadOnlyList<TemplateProblem> Problems, IReadOnlyList<TemplateProblem>? Neutralised = null, IReadOnlyList<string>? Meldingen = null, int? Versie = null)
{
    public static TemplateCheckReport From(string sjabloon, TemplateCheckResult result, int? versie = null) => new(
        sjabloon,
        result.Problems.Count == 0,
        result.Problems,
        result.Neutralised,
        [.. result.Problems.Concat(result.Neutralised).Select(SjabloonBeheer.Beschrijf)],
        versie);
}
