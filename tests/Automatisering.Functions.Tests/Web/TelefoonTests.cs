using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>The overview on a phone: a card per item, nothing sideways; the table's caption stays a caption on a desktop.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelefoonTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Overzicht_OnAPhone_ItemsAsCardsAndNothingSideways()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var dossier = await WebDossiers.ConceptAsync(app.Services, "westerveld", "Telefoon: een agendapunt met een lange titel over de samenwerking in het sociaal domein " + Guid.NewGuid().ToString("n")[..6]);
        var persoon = BesluitvormingApi.Sample.FindPersoon(dossier.AuteurId)!;

        var telefoon = await browser.SignInAsync(persoon.Id, 390, 844);
        await telefoon.GotoAsync("/");
        await Assertions.Expect(telefoon.Locator("table.kaarten")).ToContainTextAsync(dossier.Onderwerp);

        Assert.Equal("block", await telefoon.Locator("table.kaarten tbody tr").First.EvaluateAsync<string>("tr => getComputedStyle(tr).display"));
        Assert.True(await telefoon.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Browser.AssertAccessibleAsync(telefoon);

        var bureau = await browser.SignInAsync(persoon.Id);
        await bureau.GotoAsync("/");
        Assert.Equal("table-caption", await bureau.Locator("table.kaarten caption").EvaluateAsync<string>("c => getComputedStyle(c).display"));
    }

    [Fact]
    public async Task Tracker_OnAPhone_AMunicipalityPerCardWithLabelledFields()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var penvoerder = BesluitvormingApi.Sample.PersonenMetRol("meppel", Rol.Medewerker).First();
        var voorstel = (await app.Services.GetRequiredService<SamenwerkingService>().CreateVoorstelAsync(new Handeling(penvoerder.Id, "test", null),
            "Telefoon: handvest " + Guid.NewGuid().ToString("n")[..6], "SSWZM", "meppel", ["staphorst", "westerveld"],
            System.Text.Json.JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), default)).Value;

        var telefoon = await browser.SignInAsync(penvoerder.Id, 390, 844);
        await telefoon.GotoAsync($"/samenwerking/{voorstel.Id}");

        var kaart = telefoon.Locator("#deelnemers tbody tr").Filter(new() { HasText = "Staphorst" });
        await Assertions.Expect(kaart).ToContainTextAsync("nog geen dossier");
        Assert.Equal("block", await kaart.EvaluateAsync<string>("tr => getComputedStyle(tr).display"));
        Assert.Equal("Stand: ", await kaart.Locator("td[data-label=Stand]").EvaluateAsync<string>("td => getComputedStyle(td, '::before').content.replaceAll('\"', '')"));
        Assert.True(await telefoon.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Browser.AssertAccessibleAsync(telefoon);
    }

    [Fact]
    public async Task Aanmelden_OnAPhone_ButtonInViewDutchRoleGroupsAndAGuide()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var page = await browser.SignInAsync(BesluitvormingApi.Sample.Personen[0].Id, 390, 844);

        await page.GotoAsync("/aanmelden");

        // Well over a hundred people, yet the button is in view without scrolling.
        var knop = await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).BoundingBoxAsync();
        Assert.NotNull(knop);
        Assert.True(knop.Y + knop.Height <= 844, $"button at {knop.Y}");
        Assert.Contains("Juridische zaken", await page.Locator(".rolgroep").AllInnerTextsAsync());
        Assert.DoesNotContain("juridischezaken", await page.Locator("main").InnerTextAsync());
        await page.Locator("#demo-gids summary").ClickAsync();
        Assert.Contains("Wiebe Veldman-Ras", await page.Locator("#demo-gids").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
    }
}
