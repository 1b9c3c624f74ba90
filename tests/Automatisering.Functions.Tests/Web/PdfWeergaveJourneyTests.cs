using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Distributie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
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
}
