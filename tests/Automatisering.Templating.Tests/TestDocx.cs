using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Automatisering.Templating.Tests;

/// <summary>Builds small .docx packages from raw XML in memory and reads rendered ones back.</summary>
internal static class TestDocx
{
    public const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace W = WNs;
    private const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string Namespaces = "xmlns:w=\"" + WNs + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static string Cell(string paragraphXml) => $"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{paragraphXml}</w:tc>";

    public static string Table(params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
        + string.Concat(rows) + "</w:tbl>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    public static byte[] Create(
        string body,
        string? header = null,
        string? footer = null,
        IEnumerable<(string Name, byte[] Data)>? extraEntries = null,
        string extraContentTypes = "",
        string extraDocumentRels = "",
        string extraRootRels = "",
        string mainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    {
        var sectPr = "<w:sectPr>"
            + (header is null ? "" : "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>")
            + (footer is null ? "" : "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>")
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";
        var entries = new List<(string, byte[])>
        {
            ("[Content_Types].xml", Utf8(Header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainContentType}\"/>"
                + (header is null ? "" : "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>")
                + (footer is null ? "" : "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>")
                + extraContentTypes + "</Types>")),
            ("_rels/.rels", Utf8(Header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + extraRootRels + "</Relationships>")),
            ("word/document.xml", Utf8(Header + $"<w:document {Namespaces}><w:body>{body}{sectPr}</w:body></w:document>")),
            ("word/_rels/document.xml.rels", Utf8(Header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + (header is null ? "" : "<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>")
                + (footer is null ? "" : "<Relationship Id=\"rIdF\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>")
                + extraDocumentRels + "</Relationships>")),
        };
        if (header is not null)
        {
            entries.Add(("word/header1.xml", Utf8(Header + $"<w:hdr {Namespaces}>{header}</w:hdr>")));
        }

        if (footer is not null)
        {
            entries.Add(("word/footer1.xml", Utf8(Header + $"<w:ftr {Namespaces}>{footer}</w:ftr>")));
        }

        entries.AddRange(extraEntries ?? []);
        return Zip(entries);
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Data)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    public static DocumentTemplate Compile(byte[] docx, TemplateOptions? options = null) =>
        DocumentTemplate.Compile(new MemoryStream(docx), options);

    public static byte[] Entry(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"entry {name} missing");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string Xml(byte[] docx, string part = "word/document.xml") => Encoding.UTF8.GetString(Entry(docx, part));

    public static XDocument Part(byte[] docx, string part = "word/document.xml") => XDocument.Parse(Xml(docx, part));

    /// <summary>Text per paragraph, with w:br as \n and w:tab as \t (text boxes excluded from the outer paragraph).</summary>
    public static List<string> Paragraphs(byte[] docx, string part = "word/document.xml") =>
        Part(docx, part).Descendants(W + "p").Select(p => string.Concat(
            p.Descendants().Where(e => e.Ancestors(W + "p").First() == p).Select(e =>
                e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : e.Name == W + "tab" && e.Parent?.Name == W + "r" ? "\t" : ""))).ToList();

    public static string Text(byte[] docx, string part = "word/document.xml") => string.Join("\n", Paragraphs(docx, part));

    public static List<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        // Office 2007 (the default) lacks attributes Word has written since 2010, such as tblLook/@w:firstRow.
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public static void AssertValid(byte[] docx)
    {
        var errors = ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
