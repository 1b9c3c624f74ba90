namespace Automatisering.Templating;

/// <summary>Codes of <see cref="TemplateProblem"/>: stable strings a UI can translate or filter on.</summary>
public static class TemplateProblemCode
{
    public const string UnclosedTag = "unclosedTag";
    public const string UnopenedTag = "unopenedTag";
    public const string EmptyTag = "emptyTag";
    public const string InvalidTagName = "invalidTagName";
    public const string UnclosedSection = "unclosedSection";
    public const string CrossedSection = "crossedSection";
    public const string UnmatchedClose = "unmatchedClose";
    public const string InvalidSectionScope = "invalidSectionScope";
    public const string UnknownField = "unknownField";
    public const string UnusedField = "unusedField";
    public const string KindMismatch = "kindMismatch";

    /// <summary>A paragraph inside a paragraph: malformed XML Word itself would not write; refused instead of guessed at.</summary>
    public const string NestedParagraph = "nestedParagraph";

    /// <summary>Not a problem but a notice: something in the upload was made harmless (e.g. a link to a local .dotx dropped).</summary>
    public const string Neutralised = "neutralised";

    /// <summary>Notice: a .dotx was accepted and is used as the document it holds.</summary>
    public const string TemplateConverted = "templateConverted";
}
