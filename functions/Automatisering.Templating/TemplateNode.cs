namespace Automatisering.Templating;

/// <summary>
/// One step of a compiled part: static UTF-8 bytes copied as they are, a value slot, or a section whose
/// children are rendered zero or more times. Rendering walks these arrays, never an XML DOM.
/// </summary>
internal sealed class TemplateNode
{
    public required NodeKind Kind { get; init; }

    /// <summary>Static: the bytes. Scalar: <c>&lt;w:r&gt;rPr&lt;w:t xml:space="preserve"&gt;</c>. Image: <c>&lt;w:r&gt;rPr</c>.</summary>
    public byte[] Bytes { get; init; } = [];

    public string Name { get; init; } = "";

    /// <summary>The name split on dots; <c>["."]</c> means the current item itself.</summary>
    public string[] Path { get; init; } = [];

    public TemplateNode[] Children { get; set; } = [];

    /// <summary>Section: the children for the last item when it differs (a page break typed after <c>{/x}</c> ends the last item).</summary>
    public TemplateNode[]? LastChildren { get; init; }

    /// <summary>Section: written instead when the section renders nothing (the page break or section break its marker paragraph carried).</summary>
    public byte[]? WhenHidden { get; init; }

    /// <summary>Guard: the sections whose visibility decides it.</summary>
    public SectionCondition[] Conditions { get; init; } = [];

    public PartVocabulary Vocabulary { get; init; } = PartVocabulary.Default;
}
