namespace Automatisering.Templating;

/// <summary>
/// The checker's report on an upload. <paramref name="Problems"/>: syntax errors, unknown and unused fields, wrong
/// kinds, each with part and paragraph text. <paramref name="Neutralised"/>: notices of what was changed instead of
/// refused. All messages are Dutch, for the template manager.
/// </summary>
public sealed record TemplateCheckResult(IReadOnlyList<TemplateProblem> Problems, IReadOnlyList<TemplateProblem> Neutralised)
{
    /// <summary>Field problems (unknown, unused, wrong kind) are reported but do not stop rendering; syntax problems do.</summary>
    public bool CanRender => Problems.All(p => p.Code is TemplateProblemCode.UnknownField or TemplateProblemCode.UnusedField or TemplateProblemCode.KindMismatch);
}
