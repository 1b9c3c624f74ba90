using System.Text.RegularExpressions;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Notificaties;
using Automatisering.Functions.Notificaties;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Automatisering.Functions.Tests.Notificaties;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>Being told on a phone: the next signer after a submit, the steller after a return; the settings page.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class NotificatieJourneyTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    /// <summary>What the <c>Notificeren</c> function does with the dossier's queued events, done by the web app's own services.</summary>
    private async Task VerwerkAsync(WebAppFactory app, string dossierId)
    {
        var verwerker = app.Services.GetRequiredService<GebeurtenisVerwerker>();
        foreach (var (_, gebeurtenis) in await Gebeurtenissen.VanDossierAsync(azurite.Queues, dossierId))
        {
            await verwerker.VerwerkAsync(gebeurtenis, default);
        }
    }

    private async Task<Notificatie> BerichtAanAsync(string dossierId, string persoonId)
    {
        var outbox = azurite.Blobs.GetBlobContainerClient(OutboxNotificatieService.Container);
        var berichten = new List<Notificatie>();
        await foreach (var blob in outbox.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"notificaties/{dossierId}/", default))
        {
            var bericht = (await outbox.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToObjectFromJson<Notificatie>(BesluitvormingJson.Options)!;
            if (bericht.AanPersoonIds.Contains(persoonId))
            {
                berichten.Add(bericht);
            }
        }

        return Assert.Single(berichten);
    }

    [Fact]
    public async Task Notificatie_SubmitThenReturnOnAPhone_SignerAndStellerToldWithALinkToThePage()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var dossier = await WebDossiers.ConceptAsync(app.Services, "zwartewaterland", "Bericht: handvest " + Guid.NewGuid().ToString("n")[..6]);

        var steller = await browser.SignInAsync(dossier.AuteurId, 390, 844);
        await steller.GotoAsync($"/dossiers/{dossier.Id}");

        // Before submitting, the steller sees who will sign in which order, and that the finance step does not apply.
        var route = await steller.Locator("#geplande-route").InnerTextAsync();
        Assert.Contains("Stap 1: Afdelingsmanager", route);
        Assert.Contains("alleen bij financiële gevolgen; wordt overgeslagen", route);
        await steller.GetByRole(AriaRole.Button, new() { Name = "Indienen voor de paraafroute" }).ClickAsync();
        await Assertions.Expect(steller.Locator("#status")).ToHaveTextAsync("In de paraafroute");
        await VerwerkAsync(app, dossier.Id);

        var manager = Org.ResolveRol("zwartewaterland", Rol.Afdelingsmanager, dossier.Afdeling, dossier.Portefeuille).First();
        var bericht = await BerichtAanAsync(dossier.Id, manager.Id);
        Assert.StartsWith("[Zwartewaterland] Paraaf gevraagd: Bericht: handvest", bericht.Onderwerp);
        var link = new Uri(LinkRegex().Match(bericht.Tekst).Value);

        // The link in the message opens the item on the signer's phone, where the paraaf waits.
        var telefoon = await browser.SignInAsync(manager.Id, 390, 844);
        await telefoon.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(telefoon.Locator("#paraaf-titel")).ToContainTextAsync("Uw paraaf");
        await telefoon.GetByLabel("Opmerking bij terugsturen").FillAsync("De bijlage ontbreekt nog.");
        await telefoon.GetByRole(AriaRole.Button, new() { Name = "Terugsturen naar de steller" }).ClickAsync();
        await Assertions.Expect(telefoon.Locator("#status")).ToHaveTextAsync("Teruggestuurd");
        Assert.Contains("teruggestuurd naar de steller", await telefoon.Locator(".route").InnerTextAsync());
        await VerwerkAsync(app, dossier.Id);

        var terug = await BerichtAanAsync(dossier.Id, dossier.AuteurId);
        Assert.StartsWith("[Zwartewaterland] Teruggestuurd: ", terug.Onderwerp);
        Assert.Contains("Opmerking: De bijlage ontbreekt nog.", terug.Tekst);
        Assert.Contains($"/dossiers/{dossier.Id}", terug.Tekst);

        // "Mijn werk" counts the returned item in the menu and lists it.
        await steller.GotoAsync("/");
        // Other tests' items of the same steller share the store, so the count is at least this one.
        await Assertions.Expect(steller.Locator("#menu-werk")).ToHaveTextAsync(new Regex(@"^Mijn werk \([1-9]\d*\)$"));
        await steller.Locator("#menu-werk").ClickAsync();
        Assert.Contains(dossier.Onderwerp, await steller.Locator("section", new() { Has = steller.Locator("#werk-terug") }).InnerTextAsync());
        await Browser.AssertAccessibleAsync(steller);
    }

    [Fact]
    public async Task Instellingen_DailyDigestAtSeven_SavedAndShownAgain()
    {
        await using var app = new WebAppFactory(azurite);
        var client = app.Start();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var persoon = Org.PersonenMetRol("eemsmond", Rol.Concernstaf).First();

        var page = await browser.SignInAsync(persoon.Id, 390, 844);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn instellingen" }).ClickAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Dagelijks overzicht").CheckAsync();
        await page.GetByLabel("Tijdstip van het dagelijkse overzicht").SelectOptionAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(page.Locator(".bevestiging")).ToContainTextAsync("Uw instellingen zijn opgeslagen.");
        Assert.True(await page.GetByLabel("Dagelijks overzicht").IsCheckedAsync());
        Assert.Equal("7", await page.GetByLabel("Tijdstip van het dagelijkse overzicht").InputValueAsync());
        Assert.Equal(new NotificatieVoorkeur(Bezorgwijze.Dagoverzicht, 7), await app.Services.GetRequiredService<NotificatieDienst>().VoorkeurAsync(persoon.Id, default));
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Dagoverzicht_GekozenInInstellingenOpTelefoon_NietsDirectEenOverzichtOpHetUurMetDeLink()
    {
        const string gemeente = "bedum"; // its Ruimte en Economie line is used by no other notification test
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var web = new WebAppFactory(azurite).WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var client = web.Start();
        await using var functions = new FunctionsAppFactory(azurite).WithoutTriggers().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        await functions.StartAsync();
        await using var browser = await Browser.StartAsync(client.BaseAddress!);
        var outbox = azurite.Blobs.GetBlobContainerClient(OutboxNotificatieService.Container);

        // Who signs first for a Ruimte en Economie item without financial consequences.
        var auteur = Org.PersonenMetRol(gemeente, Rol.Medewerker).Last();
        var portefeuille = Org.PersonenMetRol(gemeente, Rol.Portefeuillehouder).Last().Portefeuilles[0];
        var eersteStap = Org.GetGemeente(gemeente).Route.Stappen.First(s => s.When is null || RouteVoorwaarden.Evaluate(s.When, false));
        var signer = eersteStap.ParsedRollen.SelectMany(r => Org.ResolveRol(gemeente, r, auteur.Afdeling, portefeuille)).First();
        var uur = (TimeZoneInfo.ConvertTime(clock.Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).Hour + 1) % 24;

        // The signer chooses the daily digest, at the coming hour, on the settings page of their phone.
        var telefoon = await browser.SignInAsync(signer.Id, 390, 844);
        await telefoon.GetByRole(AriaRole.Link, new() { Name = "Mijn instellingen" }).ClickAsync();
        await telefoon.GetByLabel("Dagelijks overzicht").CheckAsync();
        await telefoon.GetByLabel("Tijdstip van het dagelijkse overzicht").SelectOptionAsync(uur.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await telefoon.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(telefoon.Locator(".bevestiging")).ToContainTextAsync("Uw instellingen zijn opgeslagen.");
        await Browser.AssertAccessibleAsync(telefoon);

        try
        {
            // An item is submitted and waits on the signer; the Notificeren function handles the event.
            var dossiers = web.Services.GetRequiredService<DossierService>();
            var onderwerp = "Dagoverzicht: omgevingsvisie " + Guid.NewGuid().ToString("n")[..6];
            var dossier = (await dossiers.CreateAsync(new Handeling(auteur.Id, "test", null), gemeente, onderwerp, portefeuille, false,
                System.Text.Json.JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
            dossier = (await dossiers.SubmitAsync(new Handeling(auteur.Id, "test", null), dossier.Id, CancellationToken.None)).Value;
            Assert.Contains(signer.Id, dossier.WaitingOn(Org, clock.Now).Select(w => w.PersoonId));
            foreach (var (bericht, _) in await Gebeurtenissen.VanDossierAsync(azurite.Queues, dossier.Id))
            {
                await functions.Function<NotificatiesFunctions>().Notificeren(bericht, default);
            }

            // Nothing at once, nor from the timer before the chosen hour.
            await functions.Function<NotificatiesFunctions>().Dagoverzichten(null!, default);
            Assert.Empty(await BerichtenAsync(outbox, $"notificaties/{dossier.Id}/", signer.Id));
            Assert.Empty(await BerichtenAsync(outbox, $"notificaties/dagoverzicht/{signer.Id}/", signer.Id));

            // The hourly timer at the chosen hour (twice, as a timer may fire again): one digest with the item and its link.
            clock.Now = clock.Now.AddHours(1);
            await functions.Function<NotificatiesFunctions>().Dagoverzichten(null!, default);
            await functions.Function<NotificatiesFunctions>().Dagoverzichten(null!, default);
            var overzicht = Assert.Single(await BerichtenAsync(outbox, $"notificaties/dagoverzicht/{signer.Id}/", signer.Id));
            Assert.Equal("Dagoverzicht: 1 bericht", overzicht.Onderwerp);
            Assert.Equal([signer.Email], overzicht.AanEmail);
            Assert.Contains(onderwerp, overzicht.Tekst);
            Assert.Empty(await BerichtenAsync(outbox, $"notificaties/{dossier.Id}/", signer.Id));
            var link = new Uri(Assert.Single(LinkRegex().Matches(overzicht.Tekst)).Value.TrimEnd(')'));
            Assert.Equal($"/dossiers/{dossier.Id}", link.AbsolutePath);

            // The link opens the item on the phone, where the paraaf waits.
            await telefoon.GotoAsync(link.PathAndQuery);
            await Assertions.Expect(telefoon.Locator("h1")).ToHaveTextAsync(onderwerp);
            await Assertions.Expect(telefoon.Locator("#paraaf-titel")).ToContainTextAsync("Uw paraaf");
            Assert.True(await telefoon.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
            await Browser.AssertAccessibleAsync(telefoon);
        }
        finally
        {
            // Shared storage: the next test that tells this person expects a direct message.
            await web.Services.GetRequiredService<NotificatieDienst>().ZetVoorkeurAsync(signer.Id, NotificatieVoorkeur.Standaard, default);
        }
    }

    /// <summary>The outbox messages under <paramref name="prefix"/> addressed to <paramref name="persoonId"/>.</summary>
    private static async Task<List<Notificatie>> BerichtenAsync(Azure.Storage.Blobs.BlobContainerClient outbox, string prefix, string persoonId)
    {
        var berichten = new List<Notificatie>();
        if (!await outbox.ExistsAsync())
        {
            return berichten;
        }

        await foreach (var blob in outbox.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, default))
        {
            var bericht = (await outbox.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToObjectFromJson<Notificatie>(BesluitvormingJson.Options)!;
            if (bericht.AanPersoonIds.Contains(persoonId))
            {
                berichten.Add(bericht);
            }
        }

        return berichten;
    }

    [GeneratedRegex(@"https?://\S+/dossiers/\S+")]
    private static partial Regex LinkRegex();
}
