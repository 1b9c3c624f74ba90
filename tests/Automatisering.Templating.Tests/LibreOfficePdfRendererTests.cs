using System.Text.Json;
using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

/// <summary>Needs Debian packages libreoffice-writer-nogui (soffice) and poppler-utils (pdftotext).</summary>
public sealed class LibreOfficePdfRendererTests
{
    [Fact]
    public async Task ConvertToPdfAsync_RenderedDocument_PdfContainsValues()
    {
        var body = P("Onderwerp: {onderwerp}") + P("{#punten}") + P("{nr}. {tekst}") + P("{/punten}")
            + Table(Row(Cell(P("{#r}{rol}")), Cell(P("{naam}{/r}"))));
        var template = Compile(Create(body, header: P("{gemeente}")));
        using var data = JsonDocument.Parse("""{"gemeente":"Zuidwijk-aan-Zee","onderwerp":"Stationsplein & Kadestraat","punten":[{"nr":1,"tekst":"Instemmen"},{"nr":2,"tekst":"Krediet"}],"r":[{"rol":"Steller","naam":"Noël"}]}""");
        var docx = template.Render(data.RootElement);

        var pdf = await new LibreOfficePdfRenderer().ConvertToPdfAsync(docx, CancellationToken.None);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = PdfText.Of(pdf);
        Assert.Contains("Stationsplein & Kadestraat", text);
        Assert.Contains("1. Instemmen", text);
        Assert.Contains("2. Krediet", text);
        Assert.Contains("Noël", text);
        Assert.Contains("Zuidwijk-aan-Zee", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public async Task ConvertToPdfAsync_SofficeMissing_ClearException()
    {
        var renderer = new LibreOfficePdfRenderer("/nonexistent/soffice");
        var e = await Assert.ThrowsAsync<PdfConversionException>(() => renderer.ConvertToPdfAsync(Create(P("x")), CancellationToken.None));
        Assert.Contains("niet gevonden", e.Message);
    }
}
