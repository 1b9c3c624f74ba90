using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Automatisering.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>The secretariat's meeting page: the calendar, the agenda with each conceptbesluit, the decision point by point, a correction.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class VergaderingPageTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    [Fact]
    public async Task Vergadering_HandvestConformThenCorrected_DecisionPointByPointAndCorrectionShown()
    {
        const string gemeente = "steenwijkerland";
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WebAppFactory(azurite).WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var datum = BesluitvormingApi.Vergadering(gemeente, clock.Now, 1);
        var dossier = await WebDossiers.InRouteAsync(app.Services, gemeente, "Vergadering: handvest " + Guid.NewGuid().ToString("n")[..6], _ => false, datum);
        var secretariaat = Org.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First();
        new BesluitvormingApi(client, clock).NaarVergaderdag(datum);

        var page = await browser.SignInAsync(secretariaat.Id);
        await page.GotoAsync($"/vergadering?datum={datum:yyyy-MM-dd}");
        var punt = page.Locator("#agenda > li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = dossier.Onderwerp }) });
        var pre = await punt.GetAttributeAsync("id");
        Assert.Contains($"nr. {dossier.Registratienummer}", await punt.Locator(".meta").InnerTextAsync());
        await punt.GetByLabel("Conform").CheckAsync();
        await punt.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("is vastgelegd");

        // The decision on the page is the conceptbesluit, point by point: the quoted intention and every sub-point.
        var concept = dossier.ConceptbesluitPunten;
        var besluit = page.Locator($"#{pre}-besluit");
        var punten = besluit.Locator(".besluitpunten > li");
        Assert.Equal(concept.Count, await punten.CountAsync());
        for (var i = 0; i < concept.Count; i++)
        {
            Assert.Equal($"{concept[i].Nr}. {concept[i].Tekst}", await punten.Nth(i).Locator(".besluitpunt").InnerTextAsync());
            Assert.Equal(concept[i].Intentie, await punten.Nth(i).Locator("blockquote p").AllInnerTextsAsync());
            Assert.Equal(concept[i].Subpunten, await punten.Nth(i).Locator("ul li").AllInnerTextsAsync());
        }

        await Browser.AssertAccessibleAsync(page);

        // A correction needs a reason; with one, the page shows the corrected decision and why.
        punt = page.Locator("#agenda > li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = dossier.Onderwerp }) });
        await punt.Locator("summary", new() { HasText = "Besluit corrigeren" }).ClickAsync();
        await punt.GetByLabel("Niet akkoord").CheckAsync();
        await punt.GetByRole(AriaRole.Button, new() { Name = "Correctie vastleggen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#foutoverzicht")).ToContainTextAsync("Reden van de correctie");
        punt = page.Locator("#agenda > li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = dossier.Onderwerp }) });
        await punt.GetByLabel("Niet akkoord").CheckAsync();
        await punt.GetByLabel("Reden van de correctie").FillAsync("Het college ging niet akkoord; Conform was verkeerd vastgelegd.");
        await punt.GetByRole(AriaRole.Button, new() { Name = "Correctie vastleggen" }).ClickAsync();

        await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("is gecorrigeerd");
        punt = page.Locator("#agenda > li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = dossier.Onderwerp }) });
        Assert.Contains("Besluit: Niet akkoord – gecorrigeerd: Het college ging niet akkoord; Conform was verkeerd vastgelegd.", await punt.InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Vergadering_SecretariatAddsAnExtraMeetingAndReorders_CalendarAndAgendaFollow()
    {
        const string gemeente = "westerveld"; // the demo portfolio "samenwerking SSWZM" is held there
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WebAppFactory(azurite).WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var datum = BesluitvormingApi.Vergadering(gemeente, clock.Now, 2);
        var eerste = await WebDossiers.InRouteAsync(app.Services, gemeente, "Volgorde: eerste " + Guid.NewGuid().ToString("n")[..6], _ => false, datum);
        var tweede = await WebDossiers.InRouteAsync(app.Services, gemeente, "Volgorde: tweede " + Guid.NewGuid().ToString("n")[..6], _ => false, datum);
        var secretariaat = Org.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First();
        var page = await browser.SignInAsync(secretariaat.Id, 390, 844);

        await page.GotoAsync($"/vergadering?datum={datum:yyyy-MM-dd}");
        Assert.Equal([eerste.Onderwerp, tweede.Onderwerp], await page.Locator("#agenda h3 a").AllInnerTextsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = tweede.Onderwerp + " omhoog" }).ClickAsync();
        await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("volgorde van de agenda is aangepast");
        Assert.Equal([tweede.Onderwerp, eerste.Onderwerp], await page.Locator("#agenda h3 a").AllInnerTextsAsync());
        Assert.StartsWith("1. ", await page.Locator("#agenda h3").First.InnerTextAsync());

        // An extra meeting on a Saturday: without a reason it is refused at the field, with one it is in the calendar.
        var zaterdag = datum.AddDays(4);
        await page.Locator("summary", new() { HasText = "Extra vergadering toevoegen" }).ClickAsync();
        await page.Locator("#veld-extra-datum").FillAsync(zaterdag.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergadering toevoegen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#veld-extra-reden-fout")).ToContainTextAsync("Reden");
        await page.Locator("#veld-extra-datum").FillAsync(zaterdag.ToString("yyyy-MM-dd"));
        await page.Locator("#veld-extra-reden").FillAsync("Extra vergadering over de kadernota");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergadering toevoegen" }).ClickAsync();

        await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("staat in de kalender");
        Assert.Contains($"{WebTekst.Datum(zaterdag)}, 09:30 (extra)", await page.Locator("#kalender").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Browser.AssertAccessibleAsync(page);
    }
}
