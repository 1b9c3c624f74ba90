namespace Automatisering.Templating;

/// <summary>The template has tag errors; <see cref="Problems"/> lists every one with its part and paragraph.</summary>
public sealed class TemplateSyntaxException : Exception
{
    public TemplateSyntaxException(IReadOnlyList<TemplateProblem> problems)
        : base("Het sjabloon bevat fouten:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)))
    {
        Problems = problems;
    }

    public IReadOnlyList<TemplateProblem> Problems { get; }
}
