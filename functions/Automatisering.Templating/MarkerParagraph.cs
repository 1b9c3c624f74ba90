namespace Automatisering.Templating;

/// <summary>What a paragraph holding only a section tag carries besides the tag; decides where that goes (see PartCompiler).</summary>
internal enum MarkerParagraph
{
    /// <summary>Not a marker paragraph: other text, or a field, shares the paragraph.</summary>
    None,

    Plain,

    PageBreak,

    SectionBreak,

    Image,
}
