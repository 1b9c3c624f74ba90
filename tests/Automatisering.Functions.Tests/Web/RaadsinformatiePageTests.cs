using Automatisering.Domain.Raadsinformatie;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>
/// The council information platform in the browser: a Winsum griffier plans a theme meeting with a library document
/// and registers attendance; a Winsum raadslid sees BMWE and the meeting's documents, but not SSWZM nor what is confidential.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RaadsinformatiePageTests(AzuriteFixture azurite)
{
    private const string Griffier = "win-aboersma";
    private const string Raadslid = "win-jvanderheide";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    [Fact]
    public async Task Raadsinformatie_GriffierPlansAndRegisters_RaadslidSeesBmweMeetingDocumentsNotSswzm()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        var service = app.Services.GetRequiredService<RaadsinformatieService>();
        var kenmerk = Guid.NewGuid().ToString("n")[..6];
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var rapportage = await service.UploadAsync("bmwe-sdekker", "BMWE", null, $"Rapportage sociaal domein {kenmerk}", DocumentSoort.Rapportage, vandaag,
            vandaag.AddMonths(-3), vandaag, false, "rapportage.pdf", "application/pdf", Pdf, default);
        var vertrouwelijk = await service.UploadAsync("bmwe-sdekker", "BMWE", null, $"Managementrapportage vertrouwelijk {kenmerk}", DocumentSoort.Rapportage, vandaag,
            vandaag.AddMonths(-3), vandaag, true, "management.pdf", "application/pdf", Pdf, default);
        await service.UploadAsync("sswzm-wbakker", "SSWZM", null, $"Begroting SSWZM {kenmerk}", DocumentSoort.Begroting, vandaag,
            vandaag, vandaag.AddYears(1), false, "begroting.pdf", "application/pdf", Pdf, default);
        await using var browser = await Browser.StartAsync(client.BaseAddress!);

        // The griffier plans the theme meeting on the platform, with the report on its agenda.
        var griffier = await browser.SignInAsync(Griffier);
        await griffier.GotoAsync("/raadsinformatie");
        await griffier.GetByRole(AriaRole.Link, new() { Name = "BMWE", Exact = true }).ClickAsync();
        await griffier.Locator("summary", new() { HasText = "Themabijeenkomst plannen" }).ClickAsync();
        await griffier.Locator("#veld-plan-titel").FillAsync($"Participatiewet {kenmerk}");
        await griffier.Locator("#veld-plan-datum").FillAsync(vandaag.AddDays(14).ToString("yyyy-MM-dd"));
        await griffier.Locator("#veld-plan-plaats").FillAsync("Gemeentehuis Winsum, raadzaal");
        await griffier.Locator("#veld-plan-agenda").FillAsync("Stand van zaken sociaal domein\nVervolgafspraken");
        await griffier.GetByLabel($"Rapportage sociaal domein {kenmerk}").CheckAsync();
        await griffier.GetByRole(AriaRole.Button, new() { Name = "Themabijeenkomst plannen" }).ClickAsync();
        await Assertions.Expect(griffier.Locator(".bevestiging")).ToContainTextAsync("is gepland");
        await Browser.AssertAccessibleAsync(griffier);

        // The griffier registers which Winsum raadsleden attend.
        await griffier.GetByRole(AriaRole.Link, new() { Name = $"Participatiewet {kenmerk}" }).ClickAsync();
        await griffier.GetByLabel("Menno Dijkstra").UncheckAsync();
        await griffier.GetByLabel("Jorien van der Heide").CheckAsync();
        await griffier.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid registreren" }).ClickAsync();
        await Assertions.Expect(griffier.Locator(".bevestiging")).ToContainTextAsync("aanwezigheid is geregistreerd");
        await Assertions.Expect(griffier.Locator("#aanwezigen")).ToContainTextAsync("Jorien van der Heide: aanwezig");
        await Assertions.Expect(griffier.Locator("#aanwezigen")).ToContainTextAsync("Menno Dijkstra: afwezig");
        await Browser.AssertAccessibleAsync(griffier);

        // The raadslid lands on the platform, sees BMWE only, the meeting in the calendar and its document.
        var raadslid = await browser.SignInAsync(Raadslid);
        await raadslid.GotoAsync("/");
        await Assertions.Expect(raadslid).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/raadsinformatie$"));
        await Assertions.Expect(raadslid.GetByRole(AriaRole.Link, new() { Name = "BMWE", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(raadslid.GetByRole(AriaRole.Link, new() { Name = "SSWZM" })).ToHaveCountAsync(0);
        await raadslid.GetByRole(AriaRole.Link, new() { Name = "BMWE", Exact = true }).ClickAsync();
        await Assertions.Expect(raadslid.Locator("#komende-bijeenkomsten")).ToContainTextAsync($"Participatiewet {kenmerk}");
        await Assertions.Expect(raadslid.Locator("#documenten")).ToContainTextAsync(rapportage.Titel);
        Assert.DoesNotContain(vertrouwelijk.Titel, await raadslid.ContentAsync());
        Assert.DoesNotContain("Begroting SSWZM", await raadslid.ContentAsync());
        await Assertions.Expect(raadslid.GetByText("Document plaatsen")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(raadslid);

        await raadslid.GetByRole(AriaRole.Link, new() { Name = $"Participatiewet {kenmerk}" }).ClickAsync();
        var stuk = raadslid.Locator("#agenda").GetByRole(AriaRole.Link, new() { Name = rapportage.Titel });
        await Assertions.Expect(stuk).ToBeVisibleAsync();
        var download = await raadslid.RunAndWaitForDownloadAsync(() => stuk.ClickAsync());
        Assert.Equal("rapportage.pdf", download.SuggestedFilename);
        await Assertions.Expect(raadslid.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid registreren" })).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(raadslid);
        await Browser.ScreenshotAsync(raadslid, "raadsinformatie-themabijeenkomst");

        // SSWZM's platform and the confidential document do not open for the raadslid, not even by address.
        var sswzm = await raadslid.GotoAsync("/raadsinformatie/SSWZM");
        Assert.Equal(403, sswzm!.Status);
        var geheim = await raadslid.APIRequest.GetAsync($"/raadsinformatie/BMWE/documenten/{vertrouwelijk.Id}");
        Assert.Equal(404, geheim.Status);
    }

    [Fact]
    public async Task RaadsinformatieDemoSeed_TwiceStarted_BmweLibraryAndThemeMeetingOnce()
    {
        for (var start = 0; start < 2; start++)
        {
            await using var app = new WebAppFactory(azurite).WithSetting("Automatisering:Demo:Seed", "true");
            app.Start();
            var service = app.Services.GetRequiredService<RaadsinformatieService>();

            var rapportage = Assert.Single(await service.DocumentenAsync(Raadslid, "BMWE", "Bestuursrapportage Sociale Dienst BMWE", null, default));
            Assert.Empty(await service.DocumentenAsync(Raadslid, "BMWE", "Managementrapportage Sociale Dienst BMWE", null, default));
            Assert.Single(await service.DocumentenAsync(Griffier, "BMWE", "Managementrapportage Sociale Dienst BMWE", null, default));
            var (komend, _) = await service.BijeenkomstenAsync(Raadslid, "BMWE", default);
            var bijeenkomst = Assert.Single(komend, b => b.Titel == "Participatiewet en werkgeversdienstverlening");
            Assert.Contains(rapportage.Id, bijeenkomst.Agenda.SelectMany(a => a.DocumentIds));
            Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString((await service.BestandAsync(Raadslid, "BMWE", rapportage.Id, null, default)).Inhoud));
        }
    }
}
