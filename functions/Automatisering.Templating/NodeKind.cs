namespace Automatisering.Templating;

internal enum NodeKind
{
    Static,
    Scalar,
    Image,
    Section,
    Inverted,

    /// <summary>Children rendered once when at least one of <see cref="TemplateNode.Conditions"/> shows: a table whose rows are all in sections.</summary>
    Guard,

    /// <summary>End of a table cell with conditional content: writes an empty paragraph unless the cell already ends with one.</summary>
    EnsureParagraph,

    /// <summary>The value of a <c>wp:docPr/@id</c> inside a section: a fresh number per occurrence, so repeated drawings keep unique ids.</summary>
    DrawingId,

    /// <summary>Compile time only: content that differs for a section's last item; split into Children and LastChildren.</summary>
    LastItemVariant,
}
