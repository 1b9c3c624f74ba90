using System.Text;

namespace Automatisering.Templating.Tests.WordConstructions;

/// <summary>XML fragments as Word 2016–365 writes them, for templates made from real house-style documents.</summary>
internal static class WordXml
{
    public const string SettingsType = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    public const string TemplateMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    public const string DocumentMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string LocalDotx = @"file:///C:\Users\secretariaat\Documents\Aangepaste%20Office-sjablonen\Huisstijl%20Zuidwijk.dotx";
    private const string ImageRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    /// <summary>A paragraph whose text Word split over runs with an rsid change, as after editing a tag.</summary>
    public static string SplitRuns(params string[] pieces) =>
        "<w:p w:rsidR=\"00C41F2A\" w:rsidRDefault=\"00C41F2A\">"
        + string.Concat(pieces.Select((t, i) => $"<w:r w:rsidR=\"00{i:X2}7A11\"><w:t xml:space=\"preserve\">{t}</w:t></w:r>"))
        + "</w:p>";

    /// <summary>A paragraph ending a section (Word: Indeling > Eindemarkeringen > Volgende pagina), landscape A4.</summary>
    public static string SectionBreakParagraph(string text, bool landscape = true, bool withHeader = false) =>
        "<w:p><w:pPr><w:sectPr w:rsidR=\"004A2B3C\">"
        + (withHeader ? "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>" : "")
        + (landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        + "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
        + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr></w:pPr>"
        + $"<w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>Text followed by a page break (Ctrl+Enter) in the same paragraph.</summary>
    public static string PageBreakAfter(string text) =>
        $"<w:p><w:r><w:t>{text}</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r></w:p>";

    /// <summary>A page break (Ctrl+Enter) and then text in the same paragraph.</summary>
    public static string PageBreakBefore(string text) =>
        $"<w:p><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>An inline picture run (Invoegen > Afbeeldingen) referring to relationship rIdImg.</summary>
    public static string PictureRun(int docPrId) =>
        "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
        + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
        + "<wp:extent cx=\"952500\" cy=\"238125\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
        + $"<wp:docPr id=\"{docPrId}\" name=\"Afbeelding {docPrId}\"/>"
        + "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
        + "<pic:blipFill><a:blip r:embed=\"rIdImg\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"238125\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
        + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    /// <summary>A document with a picture part: the body may use <see cref="PictureRun"/>.</summary>
    public static byte[] WithPicture(string body) =>
        TestDocx.Create(
            body,
            extraEntries: [("word/media/image1.png", Convert.FromBase64String(TestImages.Png400x100))],
            extraContentTypes: "<Default Extension=\"png\" ContentType=\"image/png\"/>",
            extraDocumentRels: $"<Relationship Id=\"rIdImg\" Type=\"{ImageRelType}\" Target=\"media/image1.png\"/>");

    /// <summary>The settings part of a document Word made from a .dotx: it names that template by an external relationship.</summary>
    public static byte[] AttachedTo(string body, string templateTarget, string mainContentType = DocumentMainType, string? header = null) =>
        TestDocx.Create(
            body,
            header: header,
            mainContentType: mainContentType,
            extraEntries:
            [
                ("word/settings.xml", Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                    + $"<w:settings xmlns:w=\"{TestDocx.WNs}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<w:zoom w:percent=\"100\"/><w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/><w:attachedTemplate r:id=\"rId1\"/>"
                    + "<w:defaultTabStop w:val=\"708\"/><w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                    + "</w:settings>")),
                ("word/_rels/settings.xml.rels", Encoding.UTF8.GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"{templateTarget}\" TargetMode=\"External\"/>"
                    + "</Relationships>")),
            ],
            extraContentTypes: $"<Override PartName=\"/word/settings.xml\" ContentType=\"{SettingsType}\"/>",
            extraDocumentRels: "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>");
}
