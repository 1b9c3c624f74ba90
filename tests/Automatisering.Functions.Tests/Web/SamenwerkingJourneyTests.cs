using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>The joint proposal pages: the communication advisors' press release and the tracker, in Chromium.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SamenwerkingJourneyTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    private WebAppFactory App() => new(azurite);

    private static Persoon Eerste(string gemeente, Rol rol) => Org.PersonenMetRol(gemeente, rol).First();

    private static async Task<Samenwerkingsvoorstel> VoorstelAsync(IServiceProvider services, string titel, params string[] deelnemers)
    {
        var service = services.GetRequiredService<SamenwerkingService>();
        var velden = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        return (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), titel, "SSWZM", "meppel", deelnemers, velden, CancellationToken.None)).Value;
    }

    [Fact]
    public async Task Persbericht_ConceptBijdragenAkkoord_WachtOpBesluiten()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var titel = "Pers: handvest " + Guid.NewGuid().ToString("n")[..6];
        var voorstel = await VoorstelAsync(app.Services, titel, "steenwijkerland");
        var lead = Eerste("meppel", Rol.Communicatieadviseur);

        var page = await browser.SignInAsync(lead.Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Samenwerking", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Persbericht bij {titel}" }).ClickAsync();
        Assert.Contains("Er is nog geen concept", await page.Locator("#status").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Kop").FillAsync("Vijf gemeenten bundelen krachten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
        Assert.Contains("Lead: vul dit in.", await page.Locator("#veld-lead-fout").InnerTextAsync());
        Assert.Contains("Alinea's: schrijf minstens één alinea.", await page.Locator("#foutoverzicht").InnerTextAsync());
        Assert.Equal("Vijf gemeenten bundelen krachten", await page.GetByLabel("Kop").InputValueAsync());
        await Browser.AssertAccessibleAsync(page);

        await page.GetByLabel("Plaats (dateline)").FillAsync("Meppel");
        await page.GetByLabel("Datum", new() { Exact = false }).First.FillAsync("12 januari 2027");
        await page.GetByLabel("Lead").FillAsync("De colleges stellen het handvest vast.");
        await page.GetByLabel("Alinea's").FillAsync("Eerste alinea.\n\nTweede alinea.");
        await page.Locator("#veld-embargoTot").FillAsync("2030-01-15T16:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }).ClickAsync();
        Assert.Equal("Wacht op akkoord van de communicatieadviseurs", await page.Locator("#status").InnerTextAsync());
        Assert.Contains("Niet publiceren vóór 15 januari 2030, 16:00", await page.Locator("#embargo").InnerTextAsync());
        Assert.Contains("Tweede alinea.", await page.Locator("main").InnerTextAsync());

        // No contribution yet: the preview says what is missing by the fields' labels, not their keys.
        var teVroeg = await page.Context.APIRequest.GetAsync($"/samenwerking/{voorstel.Id}/persbericht/voorbeeld/meppel");
        Assert.Equal(409, teVroeg.Status);
        var uitleg = await teVroeg.TextAsync();
        Assert.Contains("Contactpersonen: verplichte lijst is leeg", uitleg);
        Assert.DoesNotContain("contacten", uitleg);

        await page.GetByLabel("Naam van wie geciteerd wordt").FillAsync("Wethouder Zuidema");
        await page.GetByLabel("Functie").FillAsync("wethouder samenwerking");
        await page.Locator("#veld-citaat").FillAsync("Samen staan we sterker.");
        await page.GetByLabel("Naam persvoorlichter").FillAsync(lead.Naam);
        await page.GetByLabel("Telefoon persvoorlichter").FillAsync("14 0522");
        await page.GetByLabel("E-mail persvoorlichter").FillAsync(lead.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bijdrage opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Akkoord geven voor Meppel" }).ClickAsync();
        Assert.Contains($"Akkoord ({lead.Naam}", await page.Locator("#gemeenten section").First.InnerTextAsync());
        Assert.Equal("1 van 2 gemeenten akkoord; nog niet: Steenwijkerland.", await page.Locator("#akkoorden").InnerTextAsync());

        // The release as Steenwijkerland will publish it: its own house style, with the quote given so far.
        var voorbeeld = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Word (Steenwijkerland)" }).ClickAsync());
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await voorbeeld.PathAsync(), false))
        {
            var kop = string.Concat(document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText));
            Assert.Contains("Gemeente Steenwijkerland", kop);
            Assert.Contains("Samen staan we sterker.", document.MainDocumentPart.Document.InnerText);
        }

        using (var pdf = await client.GetAsync($"/samenwerking/{voorstel.Id}/persbericht/voorbeeld/steenwijkerland?formaat=pdf"))
        {
            Assert.Equal("/aanmelden", pdf.RequestMessage!.RequestUri!.AbsolutePath); // not signed in: to the sign-in page
        }

        var partner = Eerste("steenwijkerland", Rol.Communicatieadviseur);
        var tweede = await browser.SignInAsync(partner.Id, 390, 844);
        await tweede.GotoAsync($"/samenwerking/{voorstel.Id}/persbericht");
        await tweede.GetByLabel("Naam van wie geciteerd wordt").FillAsync("Wethouder Meijering");
        await tweede.GetByLabel("Functie").FillAsync("wethouder");
        await tweede.Locator("#veld-citaat").FillAsync("Steenwijkerland doet van harte mee.");
        await tweede.GetByLabel("Naam persvoorlichter").FillAsync(partner.Naam);
        await tweede.GetByLabel("Telefoon persvoorlichter").FillAsync("bel de balie");
        await tweede.GetByLabel("E-mail persvoorlichter").FillAsync("geen-adres");
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Bijdrage opslaan" }).ClickAsync();
        Assert.Equal("E-mail persvoorlichter: is geen geldig e-mailadres (bijvoorbeeld naam@gemeente.nl).", (await tweede.Locator("#veld-email-fout").InnerTextAsync()).Trim());
        Assert.StartsWith("Telefoon persvoorlichter: is geen geldig telefoonnummer", (await tweede.Locator("#veld-telefoon-fout").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await Browser.AssertAccessibleAsync(tweede);
        await tweede.GetByLabel("Telefoon persvoorlichter").FillAsync("14 0521");
        await tweede.GetByLabel("E-mail persvoorlichter").FillAsync(partner.Email);
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Bijdrage opslaan" }).ClickAsync();
        await tweede.GetByRole(AriaRole.Button, new() { Name = "Akkoord geven voor Steenwijkerland" }).ClickAsync();

        Assert.Equal("Akkoord; wacht op de collegebesluiten", await tweede.Locator("#status").InnerTextAsync());
        Assert.Contains("“Steenwijkerland doet van harte mee.” – Wethouder Meijering", await tweede.Locator("#gemeenten").InnerTextAsync());
        Assert.True(await tweede.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Browser.AssertAccessibleAsync(tweede);
        await Browser.ScreenshotAsync(tweede, "5-persbericht-telefoon");
        await page.ReloadAsync();
        await Browser.ScreenshotAsync(page, "5-persbericht");
    }

    [Fact]
    public async Task Tracker_DrieGemeenten_StandNaastElkaarEnPlanning()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var samenwerking = app.Services.GetRequiredService<SamenwerkingService>();
        var dossiers = app.Services.GetRequiredService<DossierService>();
        var titel = "Tracker: handvest " + Guid.NewGuid().ToString("n")[..6];
        var voorstel = await VoorstelAsync(app.Services, titel, "staphorst", "westerveld");
        var medewerker = Eerste("meppel", Rol.Medewerker);
        var meppel = (await samenwerking.MaakDossierAsync(new Handeling(medewerker.Id, "test", null), voorstel.Id, "samenwerking SSWZM", JsonSerializer.SerializeToElement(new { }), CancellationToken.None)).Value;
        await dossiers.SubmitAsync(new Handeling(medewerker.Id, "test", null), meppel.Id, CancellationToken.None);
        await samenwerking.MaakDossierAsync(new Handeling(Eerste("staphorst", Rol.Medewerker).Id, "test", null), voorstel.Id, "samenwerking SSWZM", JsonSerializer.SerializeToElement(new { }), CancellationToken.None);
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var handeling = new Handeling(medewerker.Id, "test", null);
        var conferentie = await samenwerking.PlanMijlpaalAsync(handeling, voorstel.Id, "Gezamenlijke conferentie", MijlpaalSoort.Conferentie, vandaag.AddDays(-10), null, CancellationToken.None);
        await samenwerking.MarkeerGebeurdAsync(handeling, voorstel.Id, conferentie.Value.Mijlpalen[^1].Id, vandaag.AddDays(-9), CancellationToken.None);
        await samenwerking.PlanMijlpaalAsync(handeling, voorstel.Id, "Collegebesluit Westerveld", MijlpaalSoort.Collegebesluit, vandaag.AddDays(20), "westerveld", CancellationToken.None);
        var wachtOp = Org.ResolveRol("meppel", Rol.Teamleider, medewerker.Afdeling, "samenwerking SSWZM").First();

        var page = await browser.SignInAsync(Eerste("westerveld", Rol.Gemeentesecretaris).Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Samenwerking", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = titel, Exact = true }).ClickAsync();

        var rijen = page.Locator("#deelnemers tbody tr");
        Assert.Equal(3, await rijen.CountAsync());
        var meppelRij = await rijen.Nth(0).InnerTextAsync();
        Assert.Contains("Meppel (penvoerder)", meppelRij);
        Assert.Contains("In de paraafroute", meppelRij);
        Assert.Contains(wachtOp.Naam, meppelRij);
        Assert.Contains("Concept", await rijen.Filter(new() { HasText = "Staphorst" }).InnerTextAsync());
        Assert.Contains("nog geen dossier", await rijen.Filter(new() { HasText = "Westerveld" }).InnerTextAsync());
        var planning = await page.Locator("#mijlpalen").InnerTextAsync();
        Assert.Contains($"Gezamenlijke conferentie (Conferentie, alle gemeenten)", planning.Replace("\n", " "));
        Assert.Contains($"Gedaan op {Automatisering.Web.WebTekst.Datum(vandaag.AddDays(-9))}", planning);
        Assert.Contains("Collegebesluit Westerveld (Collegebesluit, Westerveld)", planning.Replace("\n", " "));
        Assert.Contains("Nog niet gedaan", planning);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "6-tracker");
    }

    [Fact]
    public async Task Tracker_DeelnemerBeslotenOpVergadering_EchteCollegedatumBesluitEnMijlpaalGedaan()
    {
        const string gemeente = "westerveld";
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new WebAppFactory(azurite).WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var samenwerking = app.Services.GetRequiredService<SamenwerkingService>();
        var dossiers = app.Services.GetRequiredService<DossierService>();
        var titel = "Besluit: handvest " + Guid.NewGuid().ToString("n")[..6];
        var voorstel = await VoorstelAsync(app.Services, titel, gemeente);
        var lead = new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null);
        var vandaag = NederlandseTijd.Datum(clock.Now);
        var gepland = vandaag.AddDays(3);
        var vergadering = BesluitvormingApi.Vergadering(gemeente, clock.Now, 1);

        // Both colleges' decisions are planned; Westerveld's item goes to a real meeting of its own calendar.
        await samenwerking.PlanMijlpaalAsync(lead, voorstel.Id, "Collegebesluit Westerveld", MijlpaalSoort.Collegebesluit, gepland, gemeente, CancellationToken.None);
        await samenwerking.PlanMijlpaalAsync(lead, voorstel.Id, "Collegebesluiten alle gemeenten", MijlpaalSoort.Collegebesluit, gepland, null, CancellationToken.None);
        var geplandMeppel = vandaag.AddDays(30);
        await samenwerking.PlanMijlpaalAsync(lead, voorstel.Id, "Collegebesluit Meppel", MijlpaalSoort.Collegebesluit, geplandMeppel, "meppel", CancellationToken.None);
        var auteur = Eerste(gemeente, Rol.Medewerker);
        var dossier = (await samenwerking.MaakDossierAsync(new Handeling(auteur.Id, "test", null), voorstel.Id, "samenwerking SSWZM", JsonSerializer.SerializeToElement(new { }), CancellationToken.None)).Value;
        dossier = (await dossiers.SubmitAsync(new Handeling(auteur.Id, "test", null), dossier.Id, CancellationToken.None)).Value;
        while (dossier.Status == DossierStatus.InRoute)
        {
            var wachtende = dossier.WaitingOn(Org, clock.Now).First();
            var laatste = wachtende.Rol == Rol.Portefeuillehouder;
            dossier = (await dossiers.GiveParaafAsync(new Handeling(wachtende.PersoonId, "test", null), dossier.Id, dossier.HuidigeVersie.Hash,
                laatste ? vergadering : null, AgendapuntSoort.Hamerstuk, CancellationToken.None)).Value;
        }

        new BesluitvormingApi(client, clock).NaarVergaderdag(vergadering);
        var secretariaat = Org.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First();
        await dossiers.RecordDecisionAsync(new Handeling(secretariaat.Id, "test", null), gemeente, vergadering, dossier.Id, Besluit.Conform(), CancellationToken.None);

        var page = await browser.SignInAsync(lead.ActorId);
        await page.GotoAsync($"/samenwerking/{voorstel.Id}");

        var rijen = page.Locator("#deelnemers tbody tr");
        var westerveld = rijen.Filter(new() { HasText = "Westerveld" });
        await Assertions.Expect(westerveld.Locator("td").Nth(0)).ToHaveTextAsync(Automatisering.Web.WebTekst.Datum(vergadering));
        await Assertions.Expect(westerveld.Locator("td").Nth(1)).ToHaveTextAsync("Besloten");
        await Assertions.Expect(westerveld.Locator("td").Nth(4)).ToHaveTextAsync($"Conform (college van {Automatisering.Web.WebTekst.Datum(vergadering)}) · openbaar besluit van Westerveld");
        Assert.Equal($"/openbaar/{gemeente}/{vergadering:yyyy-MM-dd}", await westerveld.GetByRole(AriaRole.Link, new() { Name = "openbaar besluit van Westerveld" }).GetAttributeAsync("href"));
        var meppel = rijen.Filter(new() { HasText = "Meppel" });
        await Assertions.Expect(meppel.Locator("td").Nth(0)).ToHaveTextAsync($"gepland: {Automatisering.Web.WebTekst.Datum(geplandMeppel)}");
        await Assertions.Expect(meppel.Locator("td").Nth(4)).ToHaveTextAsync("—");

        // Westerveld's planned step is done by its decision, on the meeting date; the joint one waits for Meppel.
        var planning = page.Locator("#mijlpalen > li");
        var eigen = planning.Filter(new() { HasText = "Collegebesluit Westerveld" });
        await Assertions.Expect(eigen.Locator(".mijlpaal-stand")).ToHaveTextAsync($"Gedaan op {Automatisering.Web.WebTekst.Datum(vergadering)} (collegebesluit conform)");
        await Assertions.Expect(eigen.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var gezamenlijk = planning.Filter(new() { HasText = "Collegebesluiten alle gemeenten" });
        await Assertions.Expect(gezamenlijk.Locator(".mijlpaal-stand")).ToHaveTextAsync(vergadering > gepland ? "Te laat: nog niet gedaan" : "Nog niet gedaan");
        await Assertions.Expect(gezamenlijk.GetByRole(AriaRole.Button, new() { Name = "Markeer als gedaan: Collegebesluiten alle gemeenten" })).ToHaveCountAsync(1);
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "6-tracker-besluit");

        // The councils' platform reads the same: the decision with its meeting, the step done by it.
        var overzicht = (await samenwerking.OverzichtenVanVerbandAsync("SSWZM", CancellationToken.None)).Single(o => o.VoorstelId == voorstel.Id);
        var stap = overzicht.Mijlpalen.Single(m => m.Omschrijving == "Collegebesluit Westerveld");
        Assert.Equal(vergadering, stap.GebeurdOp);
        Assert.True(stap.DoorBesluit);
        Assert.Equal(vergadering, overzicht.Deelnemers.Single(d => d.Gemeente == gemeente).Besluitdatum);
        Assert.True(overzicht.Deelnemers.Single(d => d.Gemeente == gemeente).BesluitOpenbaar);
        Assert.False(overzicht.Deelnemers.Single(d => d.Gemeente == "meppel").BesluitOpenbaar);
    }

    [Fact]
    public async Task Tracker_PenvoerderPlantDeelnemerStartDossierEnMarkeertEigenStap_PlanningBijgewerkt()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var titel = "Planning: handvest " + Guid.NewGuid().ToString("n")[..6];
        var voorstel = await VoorstelAsync(app.Services, titel, "steenwijkerland");
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var lead = await browser.SignInAsync(Eerste("meppel", Rol.Medewerker).Id);
        await lead.GotoAsync($"/samenwerking/{voorstel.Id}");

        // The penvoerder plans; an empty form is refused with every field named, and nothing is planned.
        var plannen = lead.GetByRole(AriaRole.Button, new() { Name = "Stap plannen" });
        await plannen.ClickAsync();
        Assert.Contains("Omschrijving: beschrijf de stap", await lead.Locator("#veld-omschrijving-fout").InnerTextAsync());
        Assert.Equal("Soort: kies een soort stap.", await lead.Locator("#veld-soort-fout").InnerTextAsync());
        Assert.Equal("Geplande datum: kies een datum.", await lead.Locator("#veld-geplandOp-fout").InnerTextAsync());
        Assert.Equal("Er zijn nog geen mijlpalen gepland.", await lead.Locator("#mijlpalen-titel + p").InnerTextAsync());
        await Browser.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Omschrijving").FillAsync("Conferentie colleges");
        await lead.GetByLabel("Soort stap").SelectOptionAsync("Conferentie");
        await lead.GetByLabel("Geplande datum").FillAsync(vandaag.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await plannen.ClickAsync();
        Assert.Equal("De stap staat in de planning.", await lead.Locator(".bevestiging").InnerTextAsync());
        await lead.GetByLabel("Omschrijving").FillAsync("Raadsbesluit Steenwijkerland");
        await lead.GetByLabel("Soort stap").SelectOptionAsync("Raadsbesluit");
        await lead.GetByLabel("Geplande datum").FillAsync(vandaag.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await lead.GetByLabel("Voor welke gemeente").SelectOptionAsync("steenwijkerland");
        await plannen.ClickAsync();
        var planning = lead.Locator("#mijlpalen > li");
        Assert.Equal(2, await planning.CountAsync());
        Assert.Contains("Te laat: nog niet gedaan", await planning.Nth(0).InnerTextAsync());

        // The joint step cannot be marked for a day still to come; today it can.
        var gedaanOp = lead.GetByLabel("Gedaan op (Conferentie colleges)");
        await gedaanOp.FillAsync(vandaag.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await lead.GetByRole(AriaRole.Button, new() { Name = "Markeer als gedaan: Conferentie colleges" }).ClickAsync();
        Assert.Contains("kies vandaag of een eerdere datum", await lead.Locator("#veld-gebeurdOp-m1-fout").InnerTextAsync());
        Assert.Equal("true", await gedaanOp.GetAttributeAsync("aria-invalid"));
        await gedaanOp.FillAsync(vandaag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await lead.GetByRole(AriaRole.Button, new() { Name = "Markeer als gedaan: Conferentie colleges" }).ClickAsync();
        Assert.Contains($"Gedaan op {Automatisering.Web.WebTekst.Datum(vandaag)}", await planning.Nth(0).InnerTextAsync());
        await Browser.ScreenshotAsync(lead, "6-planning");

        // A participant: no planning form, only its own step to mark, and it starts its own agendapunt.
        var deelnemer = await browser.SignInAsync(Eerste("steenwijkerland", Rol.Medewerker).Id, 390, 844);
        await deelnemer.GotoAsync($"/samenwerking/{voorstel.Id}");
        Assert.Equal(0, await deelnemer.GetByRole(AriaRole.Button, new() { Name = "Stap plannen" }).CountAsync());
        Assert.Equal(1, await deelnemer.GetByRole(AriaRole.Button, new() { Name = "Markeer als gedaan", Exact = false }).CountAsync());
        await deelnemer.GetByRole(AriaRole.Button, new() { Name = "Agendapunt maken voor Steenwijkerland" }).ClickAsync();
        Assert.Equal("Portefeuille: kies een portefeuille.", await deelnemer.Locator("#veld-portefeuille-fout").InnerTextAsync());
        await Browser.AssertAccessibleAsync(deelnemer);
        await deelnemer.GetByLabel("Portefeuille").SelectOptionAsync("samenwerking SSWZM");
        await deelnemer.GetByRole(AriaRole.Button, new() { Name = "Agendapunt maken voor Steenwijkerland" }).ClickAsync();
        await Assertions.Expect(deelnemer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dossiers/steenwijkerland-"), new() { Timeout = 30_000 });
        Assert.Equal(titel, await deelnemer.Locator("h1").InnerTextAsync());
        Assert.Equal("Concept", await deelnemer.Locator("#status").InnerTextAsync());

        await deelnemer.GotoAsync($"/samenwerking/{voorstel.Id}");
        Assert.Equal(0, await deelnemer.GetByRole(AriaRole.Button, new() { Name = "Agendapunt maken voor Steenwijkerland" }).CountAsync());
        Assert.Contains("Concept", await deelnemer.Locator("#deelnemers tbody tr").Filter(new() { HasText = "Steenwijkerland" }).InnerTextAsync());
        var tracker = await app.Services.GetRequiredService<SamenwerkingService>().TrackerAsync(Eerste("meppel", Rol.Medewerker).Id, voorstel.Id, CancellationToken.None);
        Assert.Equal(["Conferentie colleges", "Raadsbesluit Steenwijkerland"], tracker.Mijlpalen.Select(m => m.Omschrijving));
        Assert.Equal([true, false], tracker.Mijlpalen.Select(m => m.Gebeurd));
        Assert.Equal("steenwijkerland", tracker.Mijlpalen[1].Gemeente);
        await Browser.AssertAccessibleAsync(deelnemer);
        await Browser.ScreenshotAsync(deelnemer, "6-deelnemer-start");
    }

    [Fact]
    public async Task NieuwVoorstel_PenvoerderVultGedeeldeInhoudIn_DeelnemerMaaktDaaruitZijnAgendapunt()
    {
        await using var app = App();
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var samenwerking = app.Services.GetRequiredService<SamenwerkingService>();
        var lead = Eerste("meppel", Rol.Medewerker);
        var aantal = (await samenwerking.ListVoorstellenAsync(lead.Id, CancellationToken.None)).Count;
        var titel = "Nieuw: werk aan de winkel " + Guid.NewGuid().ToString("n")[..6];
        var page = await browser.SignInAsync(lead.Id);
        await page.GetByRole(AriaRole.Link, new() { Name = "Samenwerking", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw samenwerkingsvoorstel starten" }).ClickAsync();
        await Browser.AssertAccessibleAsync(page);

        // Refused as a whole: title, participants and the shared content's own required fields, nothing stored.
        var starten = page.GetByRole(AriaRole.Button, new() { Name = "Samenwerkingsvoorstel starten" });
        await starten.ClickAsync();
        Assert.StartsWith("Titel: geef het voorstel een titel", await page.Locator("#veld-titel-fout").InnerTextAsync());
        Assert.Equal("Deelnemende gemeenten: kies minstens één andere gemeente.", await page.Locator("#veld-deelnemers-fout").InnerTextAsync());
        Assert.Contains("Inleiding: verplicht veld ontbreekt.", await page.Locator("#foutoverzicht").InnerTextAsync());
        Assert.Equal(aantal, (await samenwerking.ListVoorstellenAsync(lead.Id, CancellationToken.None)).Count);
        await Browser.AssertAccessibleAsync(page);

        await page.Locator("#veld-titel").FillAsync(titel);
        await page.GetByLabel("Staphorst (SSWZM)").CheckAsync();
        await page.GetByLabel("Westerveld (SSWZM)").CheckAsync();
        await page.Locator("#veld-conceptbesluit-0-nr").FillAsync("1");
        await page.Locator("#veld-conceptbesluit-0-tekst").FillAsync("het regionaal actieplan vast te stellen;");
        await page.Locator("#veld-samenvatting").FillAsync("Vier gemeenten werken samen aan werk voor iedereen.");
        await page.Locator("#veld-openbaar").CheckAsync(); // "ja"
        await page.GetByLabel("Inleiding").FillAsync("De colleges gaven de opdracht voor een gezamenlijk actieplan.");
        await page.Locator("#veld-argumenten-0-nr").FillAsync("1");
        await page.Locator("#veld-argumenten-0-kop").FillAsync("Samen bereiken we meer werkzoekenden");
        await page.Locator("#veld-argumenten-0-tekst").FillAsync("Werkgevers werken over gemeentegrenzen heen.");
        await page.GetByLabel("Duurzaamheidsaspecten").FillAsync("n.v.t.");
        await page.GetByLabel("Financiële toelichting").FillAsync("Binnen de bestaande budgetten.");
        await page.GetByLabel("Personeel en organisatie").FillAsync("Binnen de bestaande formatie.");
        await page.GetByLabel("Communicatietraject").FillAsync("Eensluidend persbericht.");
        await page.GetByLabel("Uitvoering en planning").FillAsync("Na besluitvorming in de vier colleges.");
        await page.GetByLabel("Inkoop- en aanbestedingsprocedure").FillAsync("n.v.t.");
        await starten.ClickAsync();

        var fouten = await page.Locator("#foutoverzicht").AllInnerTextsAsync();
        Assert.True(fouten.Count == 0, string.Join("\n", fouten));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/samenwerking/meppel-"), new() { Timeout = 30_000 });
        Assert.StartsWith("Het samenwerkingsvoorstel is gestart.", await page.Locator(".bevestiging").InnerTextAsync());
        Assert.Equal(titel, await page.Locator("h1").InnerTextAsync());
        var rijen = page.Locator("#deelnemers tbody tr");
        Assert.Equal(["Meppel (penvoerder)", "Staphorst", "Westerveld"], await rijen.Locator("th").AllInnerTextsAsync());
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "6-nieuw-voorstel");

        // A participant makes its own agendapunt from the shared content.
        var staphorst = Eerste("staphorst", Rol.Medewerker);
        var deelnemer = await browser.SignInAsync(staphorst.Id);
        await deelnemer.GetByRole(AriaRole.Link, new() { Name = "Samenwerking", Exact = true }).ClickAsync();
        await deelnemer.GetByRole(AriaRole.Link, new() { Name = titel, Exact = true }).ClickAsync();
        await deelnemer.GetByLabel("Portefeuille").SelectOptionAsync("samenwerking SSWZM");
        await deelnemer.GetByRole(AriaRole.Button, new() { Name = "Agendapunt maken voor Staphorst" }).ClickAsync();
        await Assertions.Expect(deelnemer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dossiers/staphorst-"), new() { Timeout = 30_000 });
        var dossierId = deelnemer.Url[(deelnemer.Url.LastIndexOf('/') + 1)..];
        var dossier = (await app.Services.GetRequiredService<DossierService>().GetAsync(staphorst.Id, dossierId, CancellationToken.None)).Value;
        Assert.Equal(titel, dossier.Onderwerp);
        Assert.Equal("De colleges gaven de opdracht voor een gezamenlijk actieplan.", dossier.Velden.GetProperty("inleiding").GetString());
        Assert.Equal("Samen bereiken we meer werkzoekenden", dossier.Velden.GetProperty("argumenten")[0].GetProperty("kop").GetString());
    }
}
