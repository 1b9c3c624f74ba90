using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

/// <summary>An upload the engine could not render (unclosed or crossed sections…): refused with the checker's report, nothing stored.</summary>
public sealed class SjabloonOngeldigException(TemplateCheckResult report)
    : Exception("Dit sjabloon kan niet worden gebruikt: " + string.Join(" ", report.Problems.Where(p => !IsFieldProblem(p)).Select(SjabloonBeheer.Beschrijf)))
{
    public TemplateCheckResult Report { get; } = report;

    private static bool IsFieldProblem(TemplateProblem problem) =>
        problem.Code is TemplateProblemCode.UnknownField or TemplateProblemCode.UnusedField or TemplateProblemCode.KindMismatch;
}
