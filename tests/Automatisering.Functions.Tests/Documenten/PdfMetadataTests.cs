using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Automatisering.Domain.Documenten;
using Microsoft.Extensions.Options;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>
/// Every document type's PDF, as the warm converter makes it from the sample data, is an archival and accessible
/// document: PDF/A-2 identification in the XMP, tagged, titled from its own fields and in Dutch (read back with
/// poppler's pdfinfo and from the PDF's catalog), with bookmarks.
/// </summary>
public sealed class PdfMetadataTests(OmzetterFixture fixture) : IClassFixture<OmzetterFixture>
{
    private static readonly DocumentRenderer Renderer = new(Options.Create(new TemplatesOptions()));

    public static TheoryData<string, string> Documenttypen() => new()
    {
        { "agendapunt", "Handvest SSWZM ‘Samen verbonden door burgers en vertrouwen’" },
        { "collegeadvies", "Handvest SSWZM ‘Samen verbonden door burgers en vertrouwen’" },
        { "handvest", Sample("handvest").GetProperty("titel").GetString()! },
        { "persbericht", Sample("persbericht").GetProperty("kop").GetString()! },
        { "besluitenlijst", $"Besluitenlijst B&W {Sample("besluitenlijst").GetProperty("gemeente").GetString()} {Sample("besluitenlijst").GetProperty("datum").GetString()}" },
    };

    [Theory]
    [MemberData(nameof(Documenttypen))]
    public async Task ConvertToPdfAsync_SampleOfEveryDocumentType_TaggedPdfAWithTitleSubjectAndDutch(string sjabloon, string titel)
    {
        var template = Renderer.Find("default", sjabloon)!;
        var docx = Renderer.Render(template, Sample(sjabloon)).Docx!;

        var pdf = await fixture.Omzetter.ConvertToPdfAsync(docx, CancellationToken.None);

        // LibreOffice 7.4 would escape '&' twice in the XMP only; the converter writes "B&W" as "B en W" in the PDF.
        titel = titel.Replace("&", " en ", StringComparison.Ordinal);

        var pad = Path.Combine(Path.GetTempPath(), $"pdfmetadata-{sjabloon}-{Guid.NewGuid():n}.pdf");
        await File.WriteAllBytesAsync(pad, pdf);
        try
        {
            var info = await PdfInfo(pad);
            var xmp = await PdfInfo(pad, "-meta");
            Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
            Assert.Contains($"Title:           {titel}\n", info);
            Assert.Contains($"Subject:         {template.Schema!.Title!.Replace("&", " en ", StringComparison.Ordinal)}", info);
            Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp);
            Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp);
            Assert.Contains($"<rdf:li xml:lang=\"x-default\">{System.Security.SecurityElement.Escape(titel)}</rdf:li>", xmp);
            Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);

            // The document language is the catalog's /Lang (pdfinfo does not print it); LibreOffice writes the
            // catalog uncompressed.
            Assert.Contains("/Lang(nl-NL)", Encoding.Latin1.GetString(pdf));

            // Bookmarks from the headings: the catalog has an outline.
            Assert.Contains("/Outlines", Encoding.Latin1.GetString(pdf));
        }
        finally
        {
            File.Delete(pad);
        }
    }

    private static JsonElement Sample(string sjabloon) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", sjabloon + ".json"))).RootElement.Clone();

    private static async Task<string> PdfInfo(string pad, string? optie = null)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        if (optie is not null)
        {
            start.ArgumentList.Add(optie);
        }

        start.ArgumentList.Add(pad);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdfinfo {optie} {pad}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
