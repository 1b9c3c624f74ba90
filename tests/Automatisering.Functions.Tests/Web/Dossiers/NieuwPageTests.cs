using System.Globalization;
using System.Text.RegularExpressions;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web.Dossiers;

/// <summary>The new-item form in Chromium: typed inputs, and every error of a submission reported in one round.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NieuwPageTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task NieuwAgendapunt_TwaalfFouten_AllemaalTegelijkBijHunVeldEnInHetOverzicht()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var steller = Org.PersonenMetRol("staphorst", Rol.Medewerker).First();
        var page = await browser.SignInAsync(steller.Id);
        var vandaag = NederlandseTijd.Datum(DateTimeOffset.UtcNow);
        var gisteren = vandaag.AddDays(-1);
        var werk = app.Services.GetRequiredService<Werkvoorraad>();
        var voor = (await werk.GetAsync("staphorst", default)).Count;
        await page.GotoAsync("/dossiers/nieuw");

        // The typed inputs the schema asks for.
        Assert.Equal("date", await page.Locator("#veld-traject-0-datum").GetAttributeAsync("type"));
        Assert.Equal("date", await page.Locator("#veld-datumRaad").GetAttributeAsync("type"));
        Assert.Equal("tel", await page.Locator("#veld-stellerTelefoon").GetAttributeAsync("type"));
        Assert.Equal(2, await page.Locator("input[type=radio][name='v.openbaar']").CountAsync());
        Assert.Equal(["Ja", "Nee"], await page.Locator("fieldset:has(#veld-geheim) label").AllInnerTextsAsync());
        Assert.True(await page.Locator("#veld-geheim-1").IsCheckedAsync());
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Heeft dit voorstel financiële gevolgen?" }).GetByLabel("Nee").IsCheckedAsync());

        // Twelve problems of every kind; what is right is filled in, so exactly these twelve are reported.
        // 1 onderwerp and 2 portefeuille are left empty.
        await page.Locator("#veld-stellerTelefoon").FillAsync("bel mij maar");                    // 3 not a phone number
        await page.Locator("#veld-conceptbesluit-0-nr").FillAsync("1");                            // 4 point without text
        // 5 samenvatting empty
        await page.Locator("#veld-traject-0-gremium").FillAsync("College");
        await page.Locator("#veld-traject-0-datum").FillAsync("2020-03-03");                       // 6 college date in 2020
        await page.Locator("#veld-datumRaadscommissie").FillAsync(Iso(gisteren));                  // 7 yesterday
        await page.Locator("#veld-datumRaad").FillAsync(Iso(vandaag.AddYears(80)));                // 8 a typo in the year
        // 9 openbaar not chosen
        await page.Locator("#veld-programma").EvaluateAsync("e => e.removeAttribute('maxlength')");
        await page.Locator("#veld-programma").FillAsync(new string('p', 201));                    // 10 too long
        // 11 inleiding empty, 12 no argument
        await page.GetByLabel("Duurzaamheidsaspecten").FillAsync("n.v.t.");
        await page.GetByLabel("Financiële toelichting").FillAsync("Geen.");
        await page.GetByLabel("Personeel en organisatie").FillAsync("Binnen de formatie.");
        await page.GetByLabel("Communicatietraject").FillAsync("Persbericht na besluit.");
        await page.GetByLabel("Uitvoering en planning").FillAsync("Na besluit.");
        await page.GetByLabel("Inkoop- en aanbestedingsprocedure").FillAsync("n.v.t.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en voorbeeld bekijken" }).ClickAsync();

        var overzicht = page.Locator("#foutoverzicht");
        await Assertions.Expect(overzicht.Locator("h2")).ToHaveTextAsync("Er zijn 12 problemen met uw invoer");
        var verwacht = new (string Id, string Tekst)[]
        {
            ("veld-onderwerp", "Onderwerp: vul het onderwerp in."),
            ("veld-portefeuille", "Portefeuille: kies een portefeuille."),
            ("veld-stellerTelefoon", "Telefoon steller: is geen geldig telefoonnummer (bijvoorbeeld 0522 123 456, 06 12345678 of 14 0522)."),
            ("veld-conceptbesluit-0-tekst", "Conceptbesluit, rij 1: Tekst: verplicht veld ontbreekt."),
            ("veld-samenvatting", "Samenvatting: verplicht veld ontbreekt."),
            ("veld-traject-0-datum", "Bestuurlijk traject (college e.a.), rij 1: Datum: 3 maart 2020 ligt in het verleden; een nieuw agendapunt gaat naar een komende collegevergadering, vul die datum in."),
            ("veld-datumRaadscommissie", $"Datum raadscommissie: gisteren ({gisteren.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}) is voorbij; vul de komende behandeling door de raadscommissie in of laat het veld leeg."),
            ("veld-datumRaad", $"Datum raad: ligt meer dan 5 jaar vooruit ({vandaag.AddYears(80).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}); controleer het jaartal."),
            ("veld-openbaar", "Openbaar: kies 'ja' of 'nee'."),
            ("veld-programma", "Programma: is 201 tekens, maximaal 200 toegestaan."),
            ("veld-inleiding", "Inleiding: verplicht veld ontbreekt."),
            ("veld-argumenten", "Argumenten: verplichte lijst is leeg."),
        };

        // In the summary, in the order of the form, each linking to its field; and the same text next to the field.
        var links = overzicht.Locator("li a");
        Assert.Equal(verwacht.Select(v => v.Tekst), await links.AllInnerTextsAsync());
        Assert.Equal(verwacht.Select(v => "#" + v.Id), await links.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"));
        foreach (var (veld, tekst) in verwacht)
        {
            Assert.Equal(1, await page.Locator("#" + veld).CountAsync());
            Assert.Equal(tekst, (await page.Locator($"#{veld}-fout").InnerTextAsync()).Trim());
        }

        // Never a technical key; what was typed stays; nothing was stored.
        Assert.DoesNotMatch(new Regex(@"v\.|\[\d\]|traject\[|datumRaad\b|stellerTelefoon"), await overzicht.InnerTextAsync());
        Assert.Equal("bel mij maar", await page.Locator("#veld-stellerTelefoon").InputValueAsync());
        Assert.Equal("2020-03-03", await page.Locator("#veld-traject-0-datum").InputValueAsync());
        Assert.Equal(voor, (await werk.GetAsync("staphorst", default)).Count);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "formulier-twaalf-fouten", fullPage: false);

        // Put right, it is stored in one more round, with the dates written the Dutch way.
        var college = vandaag.AddDays(14);
        await page.GetByLabel("Onderwerp").FillAsync("Formulier: twaalf fouten verbeterd");
        await page.GetByLabel("Portefeuille").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#veld-stellerTelefoon").FillAsync("14 0522");
        await page.Locator("#veld-conceptbesluit-0-tekst").FillAsync("in te stemmen met het voorstel.");
        await page.Locator("#veld-samenvatting").FillAsync("Een voorstel.");
        await page.Locator("#veld-traject-0-datum").FillAsync(Iso(college));
        await page.Locator("#veld-datumRaadscommissie").FillAsync(Iso(college.AddDays(21)));
        await page.Locator("#veld-datumRaad").FillAsync("");
        await page.Locator("#veld-openbaar-1").CheckAsync();
        await page.Locator("#veld-naarRaad").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Heeft dit voorstel financiële gevolgen?" }).GetByLabel("Ja").CheckAsync();
        await page.Locator("#veld-programma").FillAsync("Bestuur");
        await page.GetByLabel("Inleiding").FillAsync("Aanleiding.");
        await page.Locator("#veld-argumenten-0-nr").FillAsync("1");
        await page.Locator("#veld-argumenten-0-kop").FillAsync("Kop");
        await page.Locator("#veld-argumenten-0-tekst").FillAsync("Toelichting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en voorbeeld bekijken" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dossiers/staphorst-"), new() { Timeout = 30_000 });
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var dossier = (await app.Services.GetRequiredService<DossierService>().GetAsync(steller.Id, id, default)).Value;
        Assert.Equal(college.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), dossier.Velden.GetProperty("traject")[0].GetProperty("datum").GetString());
        Assert.Equal("nee", dossier.Velden.GetProperty("openbaar").GetString());
        Assert.Equal("14 0522", dossier.Velden.GetProperty("stellerTelefoon").GetString());
        Assert.False(dossier.Velden.GetProperty("geheim").GetBoolean());
        Assert.True(dossier.Velden.GetProperty("naarRaad").GetBoolean());
        Assert.True(dossier.FinancieleGevolgen);

        // Editing shows the stored dates in the date inputs again.
        await page.GotoAsync($"/dossiers/{id}/bewerken");
        Assert.Equal(Iso(college), await page.Locator("#veld-traject-0-datum").InputValueAsync());
        Assert.True(await page.Locator("#veld-openbaar-1").IsCheckedAsync());
        Assert.True(await page.Locator("#veld-naarRaad").IsCheckedAsync());
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Heeft dit voorstel financiële gevolgen?" }).GetByLabel("Ja").IsCheckedAsync());
    }
}
