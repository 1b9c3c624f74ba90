using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Automatisering.Web;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>
/// The Dutch web pages as people use them: Chromium clicking and typing against the real app and Azurite, an
/// accessibility check (axe-core) of every page visited, and a screenshot per journey.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebJourneyTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    private WebAppFactory App() => new(azurite);

    private static Persoon Eerste(string gemeente, Rol rol) => Org.PersonenMetRol(gemeente, rol).First();

    [Fact]
    public async Task Aanmelden_KiesPersoon_ToontNaamEnGemeente()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var persoon = Eerste("meppel", Rol.Medewerker);

        var page = await browser.SignInAsync(persoon.Id);
        await page.GotoAsync("/aanmelden");
        await Browser.AssertAccessibleAsync(page);
        Assert.Contains("Meppel", await page.Locator("fieldset legend").AllInnerTextsAsync());
        await page.GotoAsync("/");

        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Gemeente Meppel", await page.Locator("header").InnerTextAsync());
        Assert.Contains($"Aangemeld als {persoon.Naam}", await page.Locator("header").InnerTextAsync());
        Assert.Equal("/logo/meppel.png", await page.Locator("header img.logo").GetAttributeAsync("src"));
        Assert.True(await page.Locator("header img.logo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Browser.AssertAccessibleAsync(page);

        // Keyboard: the first Tab reaches the skip link, which moves to the main content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Browser.ScreenshotAsync(page, "1-aanmelden");
    }

    [Fact]
    public async Task Aanmelden_OntwikkelaanmeldingUit_PaginaBestaatNiet()
    {
        await using var app = App().WithSetting("Automatisering:Identity:DevelopmentSignIn", "false");
        var client = app.Start();

        using var aanmelden = await client.GetAsync("/aanmelden");
        using var overzicht = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, aanmelden.StatusCode);
        Assert.DoesNotContain("persoon", await aanmelden.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized, overzicht.StatusCode);
        Assert.Contains("Niet aangemeld", await overzicht.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Foutpagina_DossierVanAndereGemeenteEnOnbekendAdres_NederlandsZonderStacktrace()
    {
        await using var app = App();
        var client = app.Start();
        var dossier = await WebDossiers.InRouteAsync(app.Services, "steenwijkerland", "Fout: ander dossier", _ => true);
        client.DefaultRequestHeaders.Add("X-Dev-User", Eerste("meppel", Rol.Medewerker).Id);

        using var anderDossier = await client.GetAsync($"/dossiers/{dossier.Id}");
        using var onbekend = await client.GetAsync("/dossiers/meppel-bestaat-niet");
        using var adres = await client.GetAsync("/bestaat/niet");

        Assert.Equal(HttpStatusCode.Forbidden, anderDossier.StatusCode);
        var tekst = await anderDossier.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Geen toegang</h1>", tekst);
        Assert.DoesNotContain("Exception", tekst);
        Assert.DoesNotContain(dossier.Onderwerp, tekst);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Contains("<h1>Dossier niet gevonden</h1>", await onbekend.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, adres.StatusCode);
        Assert.Contains("<h1>Pagina niet gevonden</h1>", await adres.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NieuwAgendapunt_ValiderenVoorbeeldIndienenRetourOpnieuwIndienen_WeerInRoute()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var steller = Org.PersonenMetRol("westerveld", Rol.Medewerker).First(p => p.Afdeling == "Maatschappelijke Ontwikkeling");
        var page = await browser.SignInAsync(steller.Id);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw agendapunt starten" }).ClickAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Onderwerp").FillAsync("Webformulier: verbinding burgers en vertrouwen");
        await page.GetByLabel("Portefeuille").SelectOptionAsync("samenwerking SSWZM");
        await page.Locator("#veld-conceptbesluit-0-nr").FillAsync("1");
        await page.Locator("#veld-conceptbesluit-0-tekst").FillAsync("in te stemmen met het handvest;");
        await page.Locator("#veld-samenvatting").FillAsync("Het handvest legt de samenwerking vast.");
        // Longer than the 200 characters allowed, as a browser that ignores maxlength would send it.
        await page.Locator("#veld-programma").EvaluateAsync("e => e.removeAttribute('maxlength')");
        await page.Locator("#veld-programma").FillAsync(new string('p', 201));
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en voorbeeld bekijken" }).ClickAsync();

        // Refused: every missing or too long field named in Dutch, in the summary and next to the field.
        var overzicht = page.Locator("#foutoverzicht");
        Assert.Contains("problemen met uw invoer", await overzicht.InnerTextAsync());
        Assert.Contains("Inleiding: verplicht veld ontbreekt.", await overzicht.InnerTextAsync());
        Assert.Contains("Argumenten: verplichte lijst is leeg.", await overzicht.InnerTextAsync());
        Assert.Contains("Programma: is 201 tekens, maximaal 200 toegestaan.", await page.Locator("#veld-programma-fout").InnerTextAsync());
        Assert.Contains("veld-programma-fout", await page.Locator("#veld-programma").GetAttributeAsync("aria-describedby"));
        Assert.Equal("true", await page.Locator("#veld-programma").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Openbaar: kies 'ja' of 'nee'.", await page.Locator("#veld-openbaar-fout").InnerTextAsync());
        Assert.Equal("in te stemmen met het handvest;", await page.Locator("#veld-conceptbesluit-0-tekst").InputValueAsync());
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "2-formulier-fouten", fullPage: false);

        await page.Locator("#veld-programma").FillAsync("Sociaal domein");
        await page.Locator("#veld-openbaar").CheckAsync(); // "ja"
        await page.GetByLabel("Inleiding").FillAsync("De vijf colleges gaven een gezamenlijke opdracht.");
        // Row 3 rather than row 1: empty rows are skipped, errors still land on the row typed in. Rows beyond the
        // first empty one are folded away until asked for.
        Assert.False(await page.Locator("#veld-argumenten-2-nr").IsVisibleAsync());
        await page.GetByText("Meer rijen voor Argumenten").ClickAsync();
        await page.Locator("#veld-argumenten-2-nr").FillAsync("1");
        await page.Locator("#veld-argumenten-2-kop").FillAsync("Elke opdracht heeft een resultaat");
        await page.GetByLabel("Duurzaamheidsaspecten").FillAsync("n.v.t.");
        await page.GetByLabel("Financiële toelichting").FillAsync("Geen directe gevolgen.");
        await page.GetByLabel("Personeel en organisatie").FillAsync("Binnen de bestaande formatie.");
        await page.GetByLabel("Communicatietraject").FillAsync("Eensluidend persbericht.");
        await page.GetByLabel("Uitvoering en planning").FillAsync("Na besluitvorming.");
        await page.GetByLabel("Inkoop- en aanbestedingsprocedure").FillAsync("n.v.t.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en voorbeeld bekijken" }).ClickAsync();
        Assert.Contains("Argumenten, rij 3: Toelichting: verplicht veld ontbreekt.", await page.Locator("#veld-argumenten-2-tekst-fout").InnerTextAsync());
        await page.Locator("#veld-argumenten-2-tekst").FillAsync("Het handvest maakt de resultaten zichtbaar.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en voorbeeld bekijken" }).ClickAsync();

        // The preview: the function app makes the PDF (not running here), so the page says so and offers the Word
        // file (PdfWeergaveJourneyTests sees the PDF appear).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dossiers/westerveld-"), new() { Timeout = 30_000 });
        Assert.Equal("Concept", await page.Locator("#status").InnerTextAsync());
        Assert.Contains("De PDF wordt gemaakt", await page.Locator("#pdf-stand").InnerTextAsync());
        var word = await page.Context.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Download het Word-bestand" }).GetAttributeAsync("href") ?? "");
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await word.BodyAsync())[..2]));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "PDF downloaden" }).First.CountAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Indienen voor de paraafroute" }).ClickAsync();
        Assert.Equal("In de paraafroute", await page.Locator("#status").InnerTextAsync());
        var manager = Org.ResolveRol("westerveld", Rol.Afdelingsmanager, steller.Afdeling, "samenwerking SSWZM").First();
        Assert.Contains($"Wacht op: {manager.Naam}", await page.Locator(".route li.bezig").InnerTextAsync());
        var dossierUrl = page.Url;

        // The afdelingsmanager returns it with a comment.
        var signer = await browser.SignInAsync(manager.Id);
        await signer.GetByRole(AriaRole.Link, new() { Name = "Mijn parafen" }).First.ClickAsync();
        await signer.GetByRole(AriaRole.Link, new() { Name = "Webformulier: verbinding burgers en vertrouwen" }).ClickAsync();
        await signer.GetByRole(AriaRole.Button, new() { Name = "Terugsturen naar de steller" }).ClickAsync();
        Assert.Contains("schrijf waarom u het agendapunt terugstuurt", await signer.Locator("#veld-opmerking-fout").InnerTextAsync());
        await signer.GetByLabel("Opmerking bij terugsturen").FillAsync("Noem de kosten van de ambtelijke inzet.");
        await signer.GetByRole(AriaRole.Button, new() { Name = "Terugsturen naar de steller" }).ClickAsync();
        Assert.Equal("Teruggestuurd", await signer.Locator("#status").InnerTextAsync());

        // The steller sees why, edits and resubmits.
        await page.GotoAsync(dossierUrl);
        Assert.Contains("Noem de kosten van de ambtelijke inzet.", await page.Locator("#retour").InnerTextAsync());
        Assert.Contains($"Teruggestuurd door {manager.Naam}", await page.Locator("#retour").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "2-teruggestuurd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Agendapunt bewerken" }).ClickAsync();
        Assert.Equal("Het handvest maakt de resultaten zichtbaar.", await page.Locator("#veld-argumenten-0-tekst").InputValueAsync());
        await page.GetByLabel("Financiële toelichting").FillAsync("De ambtelijke inzet is 0,2 fte per gemeente, binnen de formatie.");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe versie opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw indienen" }).ClickAsync();

        Assert.Equal("In de paraafroute", await page.Locator("#status").InnerTextAsync());
        Assert.Contains("Versie", await page.Locator("dl").InnerTextAsync());
        Assert.Contains("2, gemaakt op", await page.Locator("dl").InnerTextAsync());
        await Browser.ScreenshotAsync(page, "2-opnieuw-ingediend");
    }

    [Fact]
    public async Task Bijlage_VerkeerdeBestandenDanHandvest_FoutBijVeldDanInLijstEnNieuweVersie()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var dossier = await WebDossiers.ConceptAsync(app.Services, "zwartewaterland", "Bijlage: handvest bij het agendapunt");
        var page = await browser.SignInAsync(dossier.AuteurId);
        await page.GotoAsync($"/dossiers/{dossier.Id}");
        Assert.Equal("Geen bijlagen.", await page.Locator("#bijlagen-titel + p").InnerTextAsync());
        var toevoegen = page.GetByRole(AriaRole.Button, new() { Name = "Bijlage toevoegen", Exact = true });

        // Refused before and by the service, each named next to the field; none makes a version.
        await page.GetByLabel("Kies een bijlage").SetInputFilesAsync(new FilePayload { Name = "notitie.txt", MimeType = "text/plain", Buffer = "notitie"u8.ToArray() });
        await toevoegen.ClickAsync();
        Assert.Equal("Bijlage: alleen een Word-bestand (.docx) of een PDF (.pdf) kan worden toegevoegd.", await page.Locator("#veld-bestand-fout").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#veld-bestand").GetAttributeAsync("aria-invalid"));
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Kies een bijlage").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = "geen pdf"u8.ToArray() });
        await toevoegen.ClickAsync();
        Assert.Equal("Bijlage: Dit bestand is geen PDF.", await page.Locator("#veld-bestand-fout").InnerTextAsync());
        await page.GetByLabel("Kies een bijlage").SetInputFilesAsync(new FilePayload { Name = "kapot.docx", MimeType = "application/octet-stream", Buffer = "PK kapot"u8.ToArray() });
        await toevoegen.ClickAsync();
        Assert.StartsWith("Bijlage: dit bestand wordt geweigerd.", await page.Locator("#veld-bestand-fout").InnerTextAsync());
        await page.GotoAsync($"/dossiers/{dossier.Id}");
        Assert.StartsWith("1, gemaakt op", await page.Locator("dt:text-is('Versie') + dd").InnerTextAsync());

        // The handvest as the secretary has it on disk: stored under a plain name, listed, downloadable as uploaded.
        var handvest = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "templates", "default", "handvest.docx"));
        await page.GetByLabel("Kies een bijlage").SetInputFilesAsync(new FilePayload { Name = "Handvest SSWZM (definitief).docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = handvest });
        await toevoegen.ClickAsync();
        Assert.Contains("De bijlage handvest-sswzm-definitief.docx is toegevoegd", await page.Locator(".bevestiging").InnerTextAsync());
        Assert.StartsWith("2, gemaakt op", await page.Locator("dt:text-is('Versie') + dd").InnerTextAsync());
        var link = page.Locator("ul[aria-labelledby=bijlagen-titel] a");
        Assert.Equal("handvest-sswzm-definitief.docx downloaden", await link.TextContentAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("handvest-sswzm-definitief.docx", download.SuggestedFilename);
        Assert.Equal(handvest, await File.ReadAllBytesAsync(await download.PathAsync()));
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "2-bijlage");
    }

    [Fact]
    public async Task Bewerken_SubpuntenToevoegenLeegmakenEnTeLang_EerstGeweigerdDanOpgeslagen()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var service = app.Services.GetRequiredService<DossierService>();
        var dossier = await WebDossiers.ConceptAsync(app.Services, "meppel", "Subpunten: vervolg in het sociaal domein");
        var punten = dossier.Velden.GetProperty("conceptbesluit");
        string Subpunt(int punt, int rij) => punten[punt].GetProperty("subpunten")[rij].GetProperty("tekst").GetString()!;
        const string Toegevoegd = "in het najaar van 2026 wordt het college over de voortgang geïnformeerd.";
        const string Kort = "de raad wordt via een raadsinformatiebrief geïnformeerd.";
        var page = await browser.SignInAsync(dossier.AuteurId);
        ILocator Invoer(int punt, string lijst, int rij) => page.Locator($"#veld-conceptbesluit-{punt}-{lijst}-{rij}-tekst");
        await page.GotoAsync($"/dossiers/{dossier.Id}/bewerken");

        // The stored sub-lists in their inputs, open, with one empty row after the last; a point without them folded.
        Assert.Equal(punten[1].GetProperty("intentie")[0].GetProperty("tekst").GetString(), await Invoer(1, "intentie", 0).InputValueAsync());
        Assert.Equal(Subpunt(1, 2), await Invoer(1, "subpunten", 2).InputValueAsync());
        Assert.Equal(Subpunt(2, 0), await Invoer(2, "subpunten", 0).InputValueAsync());
        Assert.Equal(Subpunt(2, 1), await Invoer(2, "subpunten", 1).InputValueAsync());
        Assert.Equal("", await Invoer(2, "subpunten", 2).InputValueAsync());
        Assert.Equal(0, await Invoer(2, "subpunten", 3).CountAsync());
        Assert.True(await Invoer(2, "subpunten", 2).IsVisibleAsync());
        Assert.False(await Invoer(0, "subpunten", 0).IsVisibleAsync());
        await Assertions.Expect(Invoer(2, "subpunten", 1)).ToHaveAccessibleNameAsync("Subpunt 2 bij Conceptbesluit, rij 3");
        await Browser.AssertAccessibleAsync(page);

        // The secretary clears point 3's first subpunt, adds one after its last, and under point 1 types one that is
        // too long in the second row, as a browser that ignores maxlength would send it.
        await Invoer(2, "subpunten", 0).FillAsync("");
        await Invoer(2, "subpunten", 2).FillAsync(Toegevoegd);
        await page.Locator("summary").Filter(new() { HasText = "Subpunten bij Conceptbesluit, rij 1" }).ClickAsync();
        var teLang = Invoer(0, "subpunten", 1);
        await teLang.EvaluateAsync("e => e.removeAttribute('maxlength')");
        await teLang.FillAsync(new string('x', 1001));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe versie opslaan" }).ClickAsync();

        // Refused next to that sub-input, with the row numbers as on the form; what was typed stays; nothing saved.
        await Assertions.Expect(page.Locator("#veld-conceptbesluit-0-subpunten-1-tekst-fout"))
            .ToContainTextAsync("Conceptbesluit, rij 1, Subpunten, rij 2: Subpunt: is 1001 tekens, maximaal 1000 toegestaan.");
        Assert.Contains("veld-conceptbesluit-0-subpunten-1-tekst-fout", await teLang.GetAttributeAsync("aria-describedby"));
        Assert.Equal("true", await teLang.GetAttributeAsync("aria-invalid"));
        Assert.True(await teLang.IsVisibleAsync());
        Assert.Contains("Subpunten, rij 2: Subpunt: is 1001 tekens", await page.Locator("#foutoverzicht").InnerTextAsync());
        Assert.Equal("", await Invoer(2, "subpunten", 0).InputValueAsync());
        Assert.Equal(Toegevoegd, await Invoer(2, "subpunten", 2).InputValueAsync());
        Assert.Equal(1, (await service.GetAsync(dossier.AuteurId, dossier.Id, CancellationToken.None)).Value.HuidigeVersie.Nummer);
        await Browser.AssertAccessibleAsync(page);
        await teLang.ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(page, "2-subpunten-fout", fullPage: false);

        await teLang.FillAsync(Kort);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe versie opslaan" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/dossiers/{Regex.Escape(dossier.Id)}$"), new() { Timeout = 30_000 });

        // Stored without the empty rows, so on reopening each list starts at its first row.
        await page.GotoAsync($"/dossiers/{dossier.Id}/bewerken");
        Assert.Equal(Kort, await Invoer(0, "subpunten", 0).InputValueAsync());
        Assert.Equal("", await Invoer(0, "subpunten", 1).InputValueAsync());
        Assert.Equal(Subpunt(2, 1), await Invoer(2, "subpunten", 0).InputValueAsync());
        Assert.Equal(Toegevoegd, await Invoer(2, "subpunten", 1).InputValueAsync());
        Assert.Equal("", await Invoer(2, "subpunten", 2).InputValueAsync());
        await Browser.AssertAccessibleAsync(page);

        var bewaard = (await service.GetAsync(dossier.AuteurId, dossier.Id, CancellationToken.None)).Value;
        Assert.Equal(2, bewaard.HuidigeVersie.Nummer);
        var nieuw = bewaard.Velden.GetProperty("conceptbesluit");
        static string[] Teksten(JsonElement punt) => punt.GetProperty("subpunten").EnumerateArray().Select(s => s.GetProperty("tekst").GetString()!).ToArray();
        Assert.Equal([Kort], Teksten(nieuw[0]));
        Assert.Equal(punten[1].GetProperty("subpunten").GetRawText(), nieuw[1].GetProperty("subpunten").GetRawText());
        Assert.Equal(punten[1].GetProperty("intentie").GetRawText(), nieuw[1].GetProperty("intentie").GetRawText());
        Assert.Equal([Subpunt(2, 1), Toegevoegd], Teksten(nieuw[2]));
        Assert.False(nieuw[2].TryGetProperty("intentie", out _));
        await Invoer(2, "subpunten", 1).ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(page, "2-subpunten", fullPage: false);
    }

    [Fact]
    public async Task MijnParafen_OpTelefoon_ParaafEnPortefeuillehouderAgendeert()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var onderwerp = "Telefoon: handvest " + Guid.NewGuid().ToString("n")[..6];
        var dossier = await WebDossiers.InRouteAsync(app.Services, "staphorst", onderwerp, w => w.Rol == Rol.Gemeentesecretaris);
        var secretaris = dossier.WaitingOn(Org, DateTimeOffset.UtcNow).First();

        var page = await browser.SignInAsync(secretaris.PersoonId, 390, 844);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn parafen" }).First.ClickAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = onderwerp }).ClickAsync();
        Assert.EndsWith("/documenten/agendapunt?download=true", await page.GetByRole(AriaRole.Link, new() { Name = "PDF downloaden" }).First.GetAttributeAsync("href"));
        await Browser.AssertAccessibleAsync(page);
        // Nothing sticks out sideways on a phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Paraaf geven" }).ClickAsync();
        Assert.Contains("Uw paraaf is opgeslagen.", await page.Locator(".bevestiging").InnerTextAsync());

        var houder = Org.ResolveRol("staphorst", Rol.Portefeuillehouder, null, "samenwerking SSWZM").First();
        var telefoon = await browser.SignInAsync(houder.Id, 390, 844);
        await telefoon.GetByRole(AriaRole.Link, new() { Name = "Mijn parafen" }).First.ClickAsync();
        await telefoon.GetByRole(AriaRole.Link, new() { Name = onderwerp }).ClickAsync();
        await telefoon.GetByRole(AriaRole.Button, new() { Name = "Paraaf geven" }).ClickAsync();
        Assert.Contains("kies de vergadering", await telefoon.Locator("#veld-vergaderdatum-fout").InnerTextAsync());
        Assert.Contains("veld-vergaderdatum-fout", await telefoon.Locator("#veld-vergaderdatum").GetAttributeAsync("aria-describedby"));
        await Browser.AssertAccessibleAsync(telefoon);
        var datum = BesluitvormingApi.Vergadering("staphorst", DateTimeOffset.UtcNow, 1);
        await telefoon.GetByLabel("Collegevergadering").SelectOptionAsync(datum.ToString("yyyy-MM-dd"));
        await telefoon.GetByLabel("Hamerstuk").CheckAsync();
        await telefoon.GetByRole(AriaRole.Button, new() { Name = "Paraaf geven" }).ClickAsync();

        Assert.Equal("Geagendeerd", await telefoon.Locator("#status").InnerTextAsync());
        Assert.Contains(WebTekst.Datum(datum), await telefoon.Locator("dl").InnerTextAsync());
        Assert.Contains($"Geparafeerd door {houder.Naam}", await telefoon.Locator(".route").InnerTextAsync());
        Assert.True(await telefoon.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Browser.ScreenshotAsync(telefoon, "3-parafen-telefoon");
        await telefoon.GetByRole(AriaRole.Link, new() { Name = "Mijn parafen" }).First.ClickAsync();
        await Assertions.Expect(telefoon.Locator("main")).ToContainTextAsync("Er wacht niets op uw paraaf.", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task MijnParafen_Vervanger_ZietNamensEnParafeertNamens()
    {
        // Organisatie.json: mep-shaverkort substitutes the gemeentesecretaris mep-kdezeeuwink from 20 July to 14 August 2026.
        var vervanging = Org.Vervangingen.First(v => v.Vervanger == "mep-shaverkort");
        var nu = new DateTimeOffset(2026, 7, 28, 10, 0, 0, TimeSpan.Zero);
        Assert.True(vervanging.IsActief(nu));
        await using var app = App().WithServices(services => services.AddSingleton<TimeProvider>(new VasteTijd(nu)));
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var onderwerp = "Namens: handvest " + Guid.NewGuid().ToString("n")[..6];
        await WebDossiers.InRouteAsync(app.Services, "meppel", onderwerp, w => w.Rol == Rol.Gemeentesecretaris);
        var secretaris = Org.FindPersoon(vervanging.Vervangt)!;
        var vervanger = Org.FindPersoon(vervanging.Vervanger)!;

        var page = await browser.SignInAsync(vervanger.Id, 390, 844);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn parafen" }).First.ClickAsync();
        var item = page.Locator(".lijst li", new() { HasText = onderwerp });
        Assert.Contains($"Namens {secretaris.Naam}", await item.InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
        await item.GetByRole(AriaRole.Link, new() { Name = onderwerp }).ClickAsync();
        Assert.Contains($"Uw paraaf (namens {secretaris.Naam})", await page.Locator("#paraaf-titel").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Paraaf geven" }).ClickAsync();

        // The route is on the page before and after the post: wait for what the new page shows.
        await Assertions.Expect(page.Locator(".route")).ToContainTextAsync($"Geparafeerd door {vervanger.Naam} namens {secretaris.Naam}", new() { Timeout = 30_000 });
        await Browser.ScreenshotAsync(page, "3-namens-telefoon");
    }

    [Fact]
    public async Task Vergadering_BesluitenVastleggen_BesluitenlijstGedownload()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = App().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var datum = BesluitvormingApi.Vergadering("zwartewaterland", clock.Now, 2);
        var later = BesluitvormingApi.Vergadering("zwartewaterland", clock.Now, 4);
        var gewijzigd = await WebDossiers.InRouteAsync(app.Services, "zwartewaterland", "Agenda: gewijzigd " + Guid.NewGuid().ToString("n")[..6], _ => false, datum);
        var aangehouden = await WebDossiers.InRouteAsync(app.Services, "zwartewaterland", "Agenda: aangehouden " + Guid.NewGuid().ToString("n")[..6], _ => false, datum);
        var secretariaat = Eerste("zwartewaterland", Rol.Bestuurssecretariaat);

        var page = await browser.SignInAsync(secretariaat.Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Collegevergadering" }).ClickAsync();
        await page.Locator("#kalender").GetByRole(AriaRole.Link, new() { Name = WebTekst.Datum(datum) }).ClickAsync();
        Assert.Contains(gewijzigd.Onderwerp, await page.Locator("main").InnerTextAsync());

        // Before the meeting day the agenda shows each conceptbesluit, but no decision can be recorded yet.
        Assert.Contains("Besluiten vastleggen kan vanaf de dag van de vergadering", await page.Locator("main").InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).CountAsync());
        Assert.Contains("in te stemmen met het vervolg van de samenwerking", await page.Locator("#agenda").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);

        new BesluitvormingApi(client, clock).NaarVergaderdag(datum);
        await page.ReloadAsync();
        var punt1 = page.Locator("li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = gewijzigd.Onderwerp }) });

        // "Gewijzigd" starts from the conceptbesluit text; emptied, it is refused next to the field.
        Assert.StartsWith("1. de terugkoppeling van de bestuursopdracht", await punt1.GetByLabel("Gewijzigde besluittekst").InputValueAsync());
        await punt1.GetByLabel("Gewijzigde besluittekst").FillAsync("");
        await punt1.GetByLabel("Gewijzigd (met aangepaste tekst)").CheckAsync();
        await punt1.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        Assert.Contains("vul de tekst in", await page.Locator("#foutoverzicht").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
        punt1 = page.Locator("li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = gewijzigd.Onderwerp }) });
        await punt1.GetByLabel("Gewijzigde besluittekst").FillAsync("1. in te stemmen met het handvest, met de wijziging van artikel 3;");
        await punt1.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        Assert.Contains("is vastgelegd", await page.Locator(".bevestiging").InnerTextAsync());

        var punt2 = page.Locator("li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = aangehouden.Onderwerp }) });
        await punt2.GetByLabel("Aangehouden (naar een latere vergadering)").CheckAsync();
        await punt2.GetByLabel("Aangehouden tot").SelectOptionAsync(later.ToString("yyyy-MM-dd"));
        await punt2.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Besluit: Gewijzigd", main);
        Assert.Contains("met de wijziging van artikel 3", main);
        Assert.Contains($"Besluit: Aangehouden – aangehouden tot {WebTekst.Datum(later)}", main);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "4-vergadering");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Besluitenlijst downloaden (Word)" }).ClickAsync());
        Assert.Equal($"besluitenlijst-zwartewaterland-{datum:yyyy-MM-dd}.docx", download.SuggestedFilename);
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        var tekst = document.MainDocumentPart!.Document.InnerText;
        Assert.Contains(gewijzigd.Onderwerp, tekst);
        Assert.Contains("met de wijziging van artikel 3", tekst);

        await page.GotoAsync($"/vergadering?datum={later:yyyy-MM-dd}");
        Assert.Contains(aangehouden.Onderwerp, await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task DemoSeed_TweeKeerGestart_EenmaalGevuldOpVijfStappen()
    {
        // Only the demo uses its sample's subject (with its typographic quotes) in this collection's storage.
        var vandaag = NederlandseTijd.Datum(DateTimeOffset.UtcNow);
        var (onderwerp, _) = DemoSeed.Sample();
        for (var start = 0; start < 2; start++)
        {
            await using var app = App().WithSetting("Automatisering:Demo:Seed", "true");
            app.Start();
            var service = app.Services.GetRequiredService<DossierService>();
            foreach (var gemeente in new[] { "steenwijkerland", "staphorst", "zwartewaterland", "westerveld", "meppel" })
            {
                var lid = Org.Personen.First(p => p.Gemeente == gemeente).Id;
                var demo = (await service.ListAsync(lid, gemeente, CancellationToken.None)).Where(r => r.Onderwerp == onderwerp).ToList();
                var regel = Assert.Single(demo);
                var verwacht = gemeente switch
                {
                    "meppel" => DossierStatus.Concept,
                    "westerveld" => DossierStatus.InRoute,
                    "zwartewaterland" => DossierStatus.Teruggestuurd,
                    "staphorst" => DossierStatus.Geagendeerd,
                    _ => DossierStatus.Besloten,
                };
                Assert.Equal(verwacht, regel.Status);

                // Decided at a meeting that has taken place; scheduled for one to come.
                if (verwacht == DossierStatus.Besloten) Assert.True(regel.Vergaderdatum < vandaag, $"{regel.Vergaderdatum}");
                if (verwacht == DossierStatus.Geagendeerd) Assert.True(regel.Vergaderdatum > vandaag, $"{regel.Vergaderdatum}");
                if (gemeente == "westerveld")
                {
                    Assert.Equal("Concernstaf", regel.Stap);
                }
            }
        }
    }
}
