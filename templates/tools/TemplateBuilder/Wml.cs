using System.Security;
using System.Text;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// WordprocessingML fragments as strings. Raw XML (rather than the SDK object model) keeps the
/// output byte-for-byte reproducible and lets us store tags split over runs exactly as Word does.
/// </summary>
public static class Wml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static string Esc(string s) => SecurityElement.Escape(s) ?? "";

    public static string RPr(Fmt? f)
    {
        if (f is null) return "";
        var sb = new StringBuilder();
        if (f.B) sb.Append("<w:b/><w:bCs/>");
        if (f.I) sb.Append("<w:i/><w:iCs/>");
        if (f.Caps) sb.Append("<w:caps/>");
        if (f.Color is not null) sb.Append($"<w:color w:val=\"{f.Color}\"/>");
        if (f.Sz > 0) sb.Append($"<w:sz w:val=\"{f.Sz}\"/><w:szCs w:val=\"{f.Sz}\"/>");
        return sb.Length == 0 ? "" : $"<w:rPr>{sb}</w:rPr>";
    }

    /// <summary>A run; a tab character becomes &lt;w:tab/&gt; as Word stores it.</summary>
    public static string Run(string text, Fmt? f = null)
    {
        var sb = new StringBuilder("<w:r>").Append(RPr(f));
        var pieces = text.Split('\t');
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0) sb.Append("<w:tab/>");
            if (pieces[i].Length > 0) sb.Append("<w:t xml:space=\"preserve\">").Append(Esc(pieces[i])).Append("</w:t>");
        }
        return sb.Append("</w:r>").ToString();
    }

    /// <summary>
    /// A tag split over runs with proofing marks between them, the way Word saves a tag after spell-check
    /// or partial re-typing; the engine must join these before it can see the tag.
    /// </summary>
    public static string SplitTag(params (string Text, Fmt? F)[] pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i == 1) sb.Append("<w:proofErr w:type=\"spellStart\"/>");
            sb.Append(Run(pieces[i].Text, pieces[i].F));
            if (i == pieces.Length - 1 && pieces.Length > 1) sb.Append("<w:proofErr w:type=\"spellEnd\"/>");
        }
        return sb.ToString();
    }

    /// <summary>Paragraph; runs that are not XML are wrapped as plain runs.</summary>
    public static string P(string? pPr, params string[] runs)
    {
        var sb = new StringBuilder("<w:p>");
        if (!string.IsNullOrEmpty(pPr)) sb.Append("<w:pPr>").Append(pPr).Append("</w:pPr>");
        foreach (var r in runs) sb.Append(r.StartsWith("<w:", StringComparison.Ordinal) ? r : Run(r));
        return sb.Append("</w:p>").ToString();
    }

    public static string Style(string id) => $"<w:pStyle w:val=\"{id}\"/>";
    public static string Styled(string styleId, params string[] runs) => P(Style(styleId), runs);
    public static string Body(params string[] runs) => P(null, runs);
    public static string H1(params string[] runs) => Styled("Kop1", runs);
    public static string H2(params string[] runs) => Styled("Kop2", runs);

    /// <summary>A marker paragraph such as {#lijst}: alone in its paragraph so the block between repeats.</summary>
    public static string Marker(string tag) => P(Style("Standaard"), tag);

    public static string Bullet(string styleId, params string[] runs) => P(Style(styleId), runs);

    /// <summary>List paragraph in the given numbering instance (1 = bullet, 2 = dash).</summary>
    public static string ListItem(int numId, int level, params string[] runs) =>
        P($"{Style("Lijstalinea")}<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>", runs);

    public static string Field(string instr, Fmt? f = null) =>
        $"<w:fldSimple w:instr=\" {instr} \"><w:r>{RPr(f)}<w:t>1</w:t></w:r></w:fldSimple>";

    public static string PageBreak() => "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";

    // ---------------------------------------------------------------- tables

    public static string Tbl(string styleId, int[] widths, IEnumerable<string> rows, bool borders = true, string look = "04A0")
    {
        var total = widths.Sum();
        var sb = new StringBuilder("<w:tbl><w:tblPr>");
        sb.Append($"<w:tblStyle w:val=\"{styleId}\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/>");
        if (!borders)
            sb.Append("<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>");
        sb.Append("<w:tblLayout w:type=\"fixed\"/>");
        var bits = Convert.ToInt32(look, 16);
        static string Flag(int bits, int mask) => (bits & mask) != 0 ? "1" : "0";
        sb.Append($"<w:tblLook w:val=\"{look}\" w:firstRow=\"{Flag(bits, 0x20)}\" w:lastRow=\"0\" w:firstColumn=\"{Flag(bits, 0x80)}\" w:lastColumn=\"0\" w:noHBand=\"{Flag(bits, 0x200)}\" w:noVBand=\"1\"/>");
        sb.Append("</w:tblPr><w:tblGrid>");
        foreach (var w in widths) sb.Append($"<w:gridCol w:w=\"{w}\"/>");
        sb.Append("</w:tblGrid>");
        foreach (var r in rows) sb.Append(r);
        return sb.Append("</w:tbl>").ToString();
    }

    public static string Tr(bool header, params string[] cells) => TrH(header, 0, cells);

    public static string TrH(bool header, int minHeight, params string[] cells)
    {
        var trPr = new StringBuilder("<w:trPr><w:cantSplit/>");
        if (minHeight > 0) trPr.Append($"<w:trHeight w:val=\"{minHeight}\"/>");
        if (header) trPr.Append("<w:tblHeader/>");
        trPr.Append("</w:trPr>");
        return $"<w:tr>{trPr}{string.Concat(cells)}</w:tr>";
    }

    /// <summary>Cell; content is one or more paragraphs (plain strings become body paragraphs).</summary>
    public static string Tc(int width, string? fill, params string[] content)
    {
        var tcPr = $"<w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>" +
                   (fill is null ? "" : $"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>") + "</w:tcPr>";
        var paras = content.Length == 0 ? new[] { "<w:p/>" } : content;
        return "<w:tc>" + tcPr + string.Concat(paras.Select(c => c.StartsWith("<w:p", StringComparison.Ordinal) ? c : Body(c))) + "</w:tc>";
    }
}
