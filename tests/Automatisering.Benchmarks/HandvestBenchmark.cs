using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Automatisering.Templating;

namespace Automatisering.Benchmarks;

/// <summary>
/// A long document: a generated "handvest" of chapters, articles and members (three nested paragraph loops),
/// about <see cref="BenchmarkArguments.Pages"/> A4 pages. Prints milliseconds per rendered document.
/// </summary>
internal static class HandvestBenchmark
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly string[] Words =
        "de gemeente draagt zorg voor een zorgvuldige behandeling van verzoeken en klachten van inwoners ondernemers en instellingen binnen de daarvoor gestelde termijnen waarbij het college de burgemeester en de raad ieder binnen hun eigen bevoegdheid verantwoordelijk zijn voor de uitvoering en de verantwoording daarvan".Split(' ');

    public static void Run(BenchmarkArguments arguments)
    {
        var template = DocumentTemplate.Compile(new MemoryStream(BuildTemplate()));
        using var data = JsonDocument.Parse(BuildData(arguments.Pages));
        var count = arguments.Count == 2000 ? 50 : arguments.Count; // 2000 is the agendapunt default
        byte[] last = [];
        for (var i = 0; i < Math.Max(3, arguments.Warmup); i++)
        {
            last = template.Render(data.RootElement);
        }

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            using var output = new MemoryStream();
            template.RenderTo(data.RootElement, output);
            if (i == count - 1)
            {
                last = output.ToArray();
            }
        }

        stopwatch.Stop();
        if (arguments.OutPath is not null)
        {
            File.WriteAllBytes(arguments.OutPath, last);
        }

        var words = data.RootElement.GetRawText().Split(' ').Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"handvest: ~{arguments.Pages} pages (~{words} words), {last.Length / 1024.0:F1} KiB docx: {count} docs in {stopwatch.Elapsed.TotalSeconds:F3} s = {stopwatch.Elapsed.TotalMilliseconds / count:F2} ms/doc (peak RSS {PeakRss.MiB():F1} MiB)"));
    }

    private static string P(string text, string style = "") =>
        $"<w:p>{(style.Length > 0 ? $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>" : "")}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static byte[] BuildTemplate()
    {
        var body = P("Handvest dienstverlening {gemeente}", "Titel") + P("{inleiding}")
            + P("{#hoofdstukken}") + P("Hoofdstuk {nummer}. {titel}", "Kop1") + P("{inleiding}")
            + P("{#artikelen}") + P("Artikel {nummer}.{nr} {kop}", "Kop2") + P("{tekst}")
            + P("{#leden}") + P("{nr}. {lid}") + P("{/leden}")
            + P("{/artikelen}") + P("{/hoofdstukken}");
        const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        var styles = Declaration + $"<w:styles xmlns:w=\"{W}\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standaard\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/><w:rPr><w:b/><w:sz w:val=\"40\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/><w:pPr><w:keepNext/><w:spacing w:before=\"360\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr></w:style>"
            + "</w:styles>";
        var entries = new (string, string)[]
        {
            ("[Content_Types].xml", Declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"),
            ("_rels/.rels", Declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/_rels/document.xml.rels", Declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"),
            ("word/document.xml", Declaration + $"<w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"),
            ("word/styles.xml", styles),
        };
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        return output.ToArray();
    }

    /// <summary>About 450 words a page: per page one article of four members of ~100 words plus headings.</summary>
    private static string BuildData(int pages)
    {
        var random = new Random(42);
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
        var chapters = Math.Max(1, pages / 5);
        var data = new
        {
            gemeente = "Zuidwijk-aan-Zee",
            inleiding = Sentence(80),
            hoofdstukken = Enumerable.Range(1, chapters).Select(h => new
            {
                nummer = h,
                titel = $"Hoofdstuk over {Words[h % Words.Length]} & {Words[(h * 7) % Words.Length]}",
                inleiding = Sentence(60),
                artikelen = Enumerable.Range(1, 5).Select(a => new
                {
                    nr = a,
                    kop = Sentence(6),
                    tekst = Sentence(40),
                    leden = Enumerable.Range(1, 4).Select(l => new { nr = l, lid = Sentence(105) }).ToArray(),
                }).ToArray(),
            }).ToArray(),
        };
        return JsonSerializer.Serialize(data);
    }
}
