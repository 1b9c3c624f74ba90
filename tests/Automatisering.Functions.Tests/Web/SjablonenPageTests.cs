using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Documenten;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>The functioneel beheerder's page /sjablonen: upload, report, preview, activate, restore; nobody else gets in.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SjablonenPageTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    [Fact]
    public async Task Sjablonen_UploadReportPreviewActivateRestore_NewDossierShowsTheVersionThatMadeIt()
    {
        const string gemeente = "zwartewaterland";
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var beheerder = Org.PersonenMetRol(gemeente, Rol.Functioneelbeheerder).First();
        var marker = "Huisstijlproef " + Guid.NewGuid().ToString("n")[..8];
        try
        {
            var page = await browser.SignInAsync(beheerder.Id);
            await page.GetByRole(AriaRole.Link, new() { Name = "Sjablonen", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#actief-agendapunt")).ToContainTextAsync("standaardsjabloon");
            await Browser.AssertAccessibleAsync(page);

            // A hostile file: refused next to the field, nothing stored.
            await page.Locator("#veld-type").SelectOptionAsync("agendapunt");
            await page.Locator("#veld-bestand").SetInputFilesAsync(new FilePayload { Name = "Huisstijl.docx", MimeType = "application/octet-stream", Buffer = TestSjablonen.MetMacro(gemeente, "agendapunt") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en controleren" }).ClickAsync();
            await Assertions.Expect(page.Locator("#veld-bestand-fout")).ToContainTextAsync("geweigerd");
            Assert.Equal(0, await page.Locator("#sjabloon-agendapunt table").CountAsync());

            // A house-style document made from a .dotx: stored as a new version, the report says what was neutralised.
            var docx = TestSjablonen.MetAttachedTemplate(TestSjablonen.MetMarker(gemeente, "agendapunt", marker));
            await page.Locator("#veld-type").SelectOptionAsync("agendapunt");
            await page.Locator("#veld-bestand").SetInputFilesAsync(new FilePayload { Name = "Huisstijl.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = docx });
            await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en controleren" }).ClickAsync();
            await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("is opgeslagen");
            await Assertions.Expect(page.Locator("#rapport-aangepast")).ToContainTextAsync("Huisstijl.dotx");
            await Assertions.Expect(page.Locator("#actief-agendapunt")).ToContainTextAsync("standaardsjabloon");
            await Browser.AssertAccessibleAsync(page);

            // The preview: the sample data in the new template, as PDF.
            var voorbeeld = await page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeld bekijken (PDF, nieuw venster)" }).GetAttributeAsync("href");
            var pdf = await page.Context.APIRequest.GetAsync(voorbeeld!);
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));

            // Activate: the page says which version is active; a dossier made now records and shows it.
            await page.GetByRole(AriaRole.Button, new() { Name = "activeren" }).First.ClickAsync();
            await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("is nu actief");
            await Assertions.Expect(page.Locator("#actief-agendapunt")).ToContainTextAsync($"geüpload door {beheerder.Naam}");
            var versie = (await page.Locator("#actief-agendapunt").InnerTextAsync()).Split("versie ")[1].Split(' ')[0];
            var dossier = await WebDossiers.ConceptAsync(app.Services, gemeente, "Sjabloonproef " + marker);
            Assert.Equal($"{gemeente}/agendapunt/v{versie}", dossier.HuidigeVersie.Sjablonen!["agendapunt.docx"]);
            var auteur = await browser.SignInAsync(dossier.AuteurId);
            await auteur.GotoAsync($"/dossiers/{dossier.Id}");
            await Assertions.Expect(auteur.Locator("#sjabloon-agendapunt")).ToContainTextAsync($"{gemeente}/agendapunt/v{versie}");
            await Assertions.Expect(auteur.Locator("#sjabloon-collegeadvies")).ToContainTextAsync("standaardsjabloon");
            await auteur.Context.CloseAsync();

            // Restore: the standaardsjabloon is active again, the uploaded version is kept.
            await page.GetByRole(AriaRole.Button, new() { Name = "Standaardsjabloon terugzetten – Agendapunt" }).ClickAsync();
            await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("is teruggezet");
            await Assertions.Expect(page.Locator("#actief-agendapunt")).ToContainTextAsync("standaardsjabloon");
            await Assertions.Expect(page.Locator("#sjabloon-agendapunt table tbody tr")).ToHaveCountAsync(1);
            await Browser.AssertAccessibleAsync(page);

            // A version that was never active can be removed; one that was active stays (documents name it).
            Assert.Equal(0, await page.Locator("#sjabloon-agendapunt").GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).CountAsync());
            await page.Locator("#veld-type").SelectOptionAsync("agendapunt");
            await page.Locator("#veld-bestand").SetInputFilesAsync(new FilePayload { Name = "Proef.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = TestSjablonen.MetMarker(gemeente, "agendapunt", marker + " 2") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en controleren" }).ClickAsync();
            await Assertions.Expect(page.Locator("#sjabloon-agendapunt table tbody tr")).ToHaveCountAsync(2);
            await page.Locator("#sjabloon-agendapunt").GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
            await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("is verwijderd");
            await Assertions.Expect(page.Locator("#sjabloon-agendapunt table tbody tr")).ToHaveCountAsync(1);
            await Browser.AssertAccessibleAsync(page);
            await Browser.ScreenshotAsync(page, "sjablonen");
        }
        finally
        {
            await SjablonenFunctionsTests.HerstelAsync(app.Services, gemeente, "agendapunt");
        }
    }

    [Fact]
    public async Task Sjablonen_SignedInAsMedewerker_ForbiddenInDutchAndNoMenuLink()
    {
        const string gemeente = "zwartewaterland";
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var page = await browser.SignInAsync(Org.PersonenMetRol(gemeente, Rol.Medewerker).First().Id);

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Sjablonen", Exact = true }).CountAsync());
        var response = await page.GotoAsync("/sjablonen");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("#melding")).ToContainTextAsync("Alleen de functioneel beheerder");
        Assert.Equal(0, await page.Locator("#veld-bestand").CountAsync());
        await Browser.AssertAccessibleAsync(page);
    }
}
