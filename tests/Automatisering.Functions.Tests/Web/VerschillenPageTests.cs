using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>A signer after a return sees what changed since the version they signed: fields word by word, attachments.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class VerschillenPageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Verschillen_AfterAReturnAndAnEdit_SignerSeesChangedFieldsAndTheNewAttachment()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var service = app.Services.GetRequiredService<DossierService>();
        var org = BesluitvormingApi.Sample;
        var dossier = await WebDossiers.InRouteAsync(app.Services, "meppel", "Verschil: handvest " + Guid.NewGuid().ToString("n")[..6], w => w.Rol != Rol.Teamleider);
        var teamleider = org.FindPersoon(dossier.Stappen[0].Parafen.Single().PersoonId)!;
        var terugsturer = dossier.WaitingOn(org, DateTimeOffset.UtcNow).First().PersoonId;
        dossier = (await service.ReturnAsync(new Handeling(terugsturer, "test", null), dossier.Id, "De samenvatting klopt niet.", default)).Value;

        var velden = JsonNode.Parse(dossier.Velden.GetRawText())!.AsObject();
        var samenvattingTekst = velden["samenvatting"]!.GetValue<string>();
        velden["samenvatting"] = samenvattingTekst.Insert(samenvattingTekst.IndexOf("samenwerking", StringComparison.Ordinal), "nauwe ");
        velden["conceptbesluit"]![0]!["tekst"] = "de terugkoppeling van de bestuursopdracht vast te stellen;";
        dossier = (await service.EditAsync(new Handeling(dossier.AuteurId, "test", null), dossier.Id, JsonSerializer.SerializeToElement(velden), null, default)).Value;
        dossier = (await service.AddBijlageAsync(new Handeling(dossier.AuteurId, "test", null), dossier.Id, "notitie-planning.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), default)).Value;
        Assert.Equal(3, dossier.HuidigeVersie.Nummer);

        var page = await browser.SignInAsync(teamleider.Id, 390, 844);
        await page.GotoAsync($"/dossiers/{dossier.Id}");
        await page.Locator("#wat-is-veranderd").ClickAsync();

        await Assertions.Expect(page.Locator("#verschil-titel")).ToHaveTextAsync("Versie 1 → versie 3");
        var lijst = page.Locator("#verschillen");
        var samenvatting = lijst.Locator("dd").Nth(await IndexAsync(lijst, "Samenvatting"));
        Assert.Equal(["nauwe "], await samenvatting.Locator("ins").AllInnerTextsAsync());
        var punt = lijst.Locator("dd").Nth(await IndexAsync(lijst, "Conceptbesluit › 1 › Tekst"));
        Assert.Contains("beschreven in hoofdstuk 2 van het Handvest", string.Concat(await punt.Locator("del").AllInnerTextsAsync()));
        Assert.Empty(await punt.Locator("ins").AllInnerTextsAsync());
        Assert.Equal(["Toegevoegd: notitie-planning.pdf"], await page.Locator("#bijlagen-verschil li").AllInnerTextsAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Browser.AssertAccessibleAsync(page);

        // Any two versions can be compared; the fields of 2 → 3 are the same, only the attachment was added.
        await page.GetByLabel("Van versie").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verschil-titel")).ToHaveTextAsync("Versie 2 → versie 3");
        Assert.Contains("Geen velden gewijzigd.", await page.Locator("main").InnerTextAsync());
    }

    private static async Task<int> IndexAsync(ILocator lijst, string label)
    {
        var labels = await lijst.Locator("dt").AllInnerTextsAsync();
        var index = labels.ToList().FindIndex(l => l == label);
        Assert.True(index >= 0, $"'{label}' not among {string.Join(" | ", labels)}");
        return index;
    }
}
