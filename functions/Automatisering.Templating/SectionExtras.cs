using System.Xml.Linq;

namespace Automatisering.Templating;

/// <summary>What a section's marker paragraphs carried that must survive their removal (set while placing sections).</summary>
internal sealed class SectionExtras
{
    /// <summary>A page break typed after <c>{/x}</c>: written once, at the end of the last item (or alone when nothing shows).</summary>
    public bool PageBreakAfterLast { get; set; }

    /// <summary>Markup written when the section shows nothing, such as the section break of its closing paragraph.</summary>
    public string? WhenHidden { get; set; }

    /// <summary>The section's last paragraph, which ends the document section in the last item (with <see cref="SectionBreak"/>).</summary>
    public XElement? LastParagraph { get; set; }

    /// <summary>The section properties the closing marker paragraph carried.</summary>
    public XElement? SectionBreak { get; set; }
}
