using System.Diagnostics;
using Automatisering.Templating;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>The warm converter's life: it survives a killed soffice and refuses in Dutch when LibreOffice is missing.</summary>
public sealed class LibreOfficeOmzetterTests
{
    private static readonly byte[] Agendapunt = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "templates", "default", "agendapunt.docx"));

    [Fact]
    public async Task ConvertToPdfAsync_ConverterKilled_NextConversionSucceedsOnAFreshSoffice()
    {
        using var omzetter = OmzetterFixture.Create(slots: 1);
        await omzetter.ConvertToPdfAsync(Agendapunt, CancellationToken.None);
        var eerste = Assert.Single(omzetter.SofficeProcessen);

        // Not waited for: soffice is the converter script's child, so it stays a zombie until the script reaps it.
        using (var soffice = Process.GetProcessById(eerste))
        {
            soffice.Kill(entireProcessTree: true);
        }

        var pdf = await omzetter.ConvertToPdfAsync(Agendapunt, CancellationToken.None);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.NotEqual(eerste, Assert.Single(omzetter.SofficeProcessen));
    }

    [Fact]
    public async Task ConvertToPdfAsync_TwoDocumentsOnTwoSlots_BothConvertedEachBySoffice()
    {
        using var omzetter = OmzetterFixture.Create(slots: 2);

        var pdfs = await Task.WhenAll(omzetter.ConvertToPdfAsync(Agendapunt, CancellationToken.None), omzetter.ConvertToPdfAsync(Agendapunt, CancellationToken.None));

        Assert.All(pdfs, pdf => Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4)));
        Assert.Equal(2, omzetter.SofficeProcessen.Distinct().Count());
    }

    [Fact]
    public async Task ConvertToPdfAsync_SofficeMissing_DutchReason()
    {
        using var omzetter = OmzetterFixture.Create(slots: 1, soffice: "/nonexistent/soffice");

        var fout = await Assert.ThrowsAsync<PdfConversionException>(() => omzetter.ConvertToPdfAsync(Agendapunt, CancellationToken.None));

        Assert.Contains("LibreOffice ('/nonexistent/soffice') is niet gevonden", fout.Message);
    }

    [Fact]
    public async Task Dispose_AfterConversion_SofficeEnded()
    {
        var omzetter = OmzetterFixture.Create(slots: 1);
        await omzetter.ConvertToPdfAsync(Agendapunt, CancellationToken.None);
        var pid = Assert.Single(omzetter.SofficeProcessen);

        omzetter.Dispose();

        await Eventually.True(() => !File.Exists($"/proc/{pid}/stat") || File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] == "Z", "soffice ended with the converter", seconds: 10);
    }
}
