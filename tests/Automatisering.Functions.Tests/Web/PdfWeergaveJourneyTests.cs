using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Distributie;
using Automatisering.Domain.Documenten;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>
/// The dossier page while a document's PDF is being made: it says so and offers the Word file, and the PDF takes
/// its place without a reload once the function app made it (the web app never converts itself).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PdfWeergaveJourneyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Details_PdfMadeWhileThePageIsOpen_NoticeWithWordThenThePdfWithoutReload()
    {
        await azurite.Queues.GetQueueClient(Wachtrijen.Pdf).DeleteIfExistsAsync();
        await using var web = new WebAppFactory(azurite);
        var client = web.Start();
        var dossier = await WebDossiers.ConceptAsync(web.Services, "staphorst", "Een PDF die nog gemaakt wordt");
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var page = await browser.SignInAsync(dossier.AuteurId);

        await page.GotoAsync($"/dossiers/{dossier.Id}");

        var melding = page.Locator("#pdf-stand");
        Assert.Contains("De PDF wordt gemaakt", await melding.InnerTextAsync());
        var word = await page.Context.APIRequest.GetAsync(await melding.GetByRole(AriaRole.Link, new() { Name = "Download het Word-bestand" }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, word.Status);
        Assert.Equal(0, await page.Locator("iframe.document").CountAsync());
        await Browser.AssertAccessibleAsync(page);

        // Only now the function app runs: the page, left open, shows the PDF once it is made.
        await using var functions = new FunctionsAppFactory(azurite).WithoutTriggers().WithPdfMaken();
        await functions.StartAsync();
        await Assertions.Expect(page.Locator("iframe.document")).ToBeVisibleAsync(new() { Timeout = 120_000 });

        Assert.Equal(0, await melding.CountAsync());
        var pdf = await page.Context.APIRequest.GetAsync(await page.Locator("iframe.document").GetAttributeAsync("src") ?? "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "pdf-gemaakt");
    }

    [Fact]
    public async Task Details_PdfGivenUpAfterRetries_DutchReasonAndTheWordFile()
    {
        await using var web = new WebAppFactory(azurite);
        var client = web.Start();
        var dossier = await WebDossiers.ConceptAsync(web.Services, "staphorst", "Een PDF die niet lukt");
        var docx = (await web.Services.GetRequiredService<DossierService>().DocumentAsync(dossier.AuteurId, dossier.Id, "agendapunt.docx", null, CancellationToken.None))!;
        var mislukt = new PdfStand(PdfStand.Mislukt, "LibreOffice deed er langer dan 60 s over; afgebroken.", PdfWeergaven.MaxPogingen, Opgegeven: true);
        await azurite.Blobs.GetBlobContainerClient("documenten").GetBlobClient($"{dossier.Id}/pdf/{docx.Sha256}.mislukt.json")
            .UploadAsync(BinaryData.FromObjectAsJson(mislukt, System.Text.Json.JsonSerializerOptions.Web));
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var page = await browser.SignInAsync(dossier.AuteurId);

        await page.GotoAsync($"/dossiers/{dossier.Id}");

        var melding = await page.Locator("#pdf-stand").InnerTextAsync();
        Assert.Contains("De PDF kon niet worden gemaakt (LibreOffice deed er langer dan 60 s over; afgebroken.)", melding);
        Assert.Contains("Na 5 pogingen is het opgegeven; gebruik het Word-bestand.", melding);
        // Nothing left to wait for: no address for the script to ask (Razor writes a data- attribute even when empty).
        Assert.True(string.IsNullOrEmpty(await page.Locator("#pdf-stand").GetAttributeAsync("data-stand-url")));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Download het Word-bestand" }).CountAsync());
        await Browser.AssertAccessibleAsync(page);
    }
}
