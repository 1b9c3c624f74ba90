using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Automatisering.Functions.Tests.Publicatie;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>The public besluitenlijst page without sign-in: the public Conform decision with its metadata, never the confidential one.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenbaarPageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OpenbaarVergadering_PublicAndConfidentialDecided_OnlyPublicEntryWithMetadata()
    {
        const string gemeente = "winsum";
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var functions = new FunctionsAppFactory(azurite).WithoutTriggers().WithServices(s => s.AddSingleton<TimeProvider>(clock));
        var publicatie = new PublicatieApi(functions, new BesluitvormingApi(functions.Start(), clock));
        var datum = BesluitvormingApi.Vergadering(gemeente, clock.Now, 5);
        var openbaar = await publicatie.GeagendeerdAsync(gemeente, datum, "ja");
        var vertrouwelijk = await publicatie.GeagendeerdAsync(gemeente, datum, "nee");
        foreach (var (id, _) in new[] { openbaar, vertrouwelijk })
        {
            await publicatie.Api.DecideAsync(gemeente, datum, id);
            await publicatie.VerwerkAsync(id);
        }

        await using var web = new WebAppFactory(azurite);
        await using var browser = await Browser.StartAsync(web.Start().BaseAddress!);
        var page = await browser.AnonymousAsync();
        await page.GotoAsync($"/openbaar/{gemeente}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(datum.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))) }).ClickAsync();

        var besluit = page.Locator("section.besluit", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = openbaar.Onderwerp }) });
        await Assertions.Expect(besluit).ToContainTextAsync("Besluit: Conform");
        await Assertions.Expect(besluit.Locator("dl.woo")).ToContainTextAsync("Informatiecategorie");
        await Assertions.Expect(besluit.Locator("dl.woo")).ToContainTextAsync("besluit");
        await Assertions.Expect(besluit.Locator(".besluitpunten > li").First).ToContainTextAsync("terugkoppeling van de bestuursopdracht");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("gemeente Winsum");
        Assert.DoesNotContain(vertrouwelijk.Onderwerp, await page.ContentAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden" })).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "openbaar-besluitenlijst");
    }
}
