using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Besluitvorming;

/// <summary>The college meeting through the API: the calendar, the agenda, decisions on the meeting day, corrections, the besluitenlijst.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class VergaderingenFunctionsTests(AzuriteFixture azurite)
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly string _outbox = "outbox" + Guid.NewGuid().ToString("n")[..8];

    private FunctionsAppFactory App(bool triggers = false)
    {
        var app = new FunctionsAppFactory(azurite)
            .WithSetting("Automatisering:Distributie:OutboxContainer", _outbox)
            .WithServices(services => services.AddSingleton<TimeProvider>(_clock));
        return triggers ? app : app.WithSetting("Automatisering:Runner:Enabled", "false");
    }

    private static string Secretariaat(string gemeente) => BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First().Id;

    private static IReadOnlyList<Besluitpunt> HandvestConcept() => Besluittekst.FromVeld(BesluitvormingApi.Velden()["conceptbesluit"]!.Deserialize<JsonElement>());

    /// <summary>The decision as the documents print it, one paragraph per line: "2.de intentie …" (the tab is not text), the quote, each sub-point.</summary>
    private static List<string> Regels(IReadOnlyList<Besluitpunt> punten) =>
        punten.SelectMany(p => new[] { $"{p.Nr}.{p.Tekst}" }.Concat(p.Intentie).Concat(p.Subpunten)).ToList();

    private static List<string> Alineas(byte[] docx, out WordprocessingDocument document)
    {
        document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document));
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>Whether <paramref name="verwacht"/> appears as consecutive paragraphs after the first paragraph matching <paramref name="na"/>.</summary>
    private static void AssertPuntVoorPunt(List<string> alineas, Func<string, bool> na, List<string> verwacht)
    {
        var start = alineas.FindIndex(a => na(a));
        Assert.True(start >= 0, "the decision's heading is missing");
        var eerste = alineas.FindIndex(start + 1, a => a == verwacht[0]);
        Assert.True(eerste > start, $"the decision's first point is missing after '{alineas[start]}'");
        Assert.Equal(verwacht, alineas.Skip(eerste).Take(verwacht.Count).ToList());
    }

    private async Task<(BesluitvormingApi Api, string Id, DateOnly Vergadering)> GeagendeerdAsync(FunctionsAppFactory app, string gemeente, string soort = "bespreekstuk", int index = 1)
    {
        var api = new BesluitvormingApi(app.Start(), _clock);
        var kalender = await api.JsonAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}", Secretariaat(gemeente));
        var vergadering = DateOnly.Parse(kalender.GetProperty("kiesbaar")[index].GetProperty("datum").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var dossier = await api.CreateAsync(gemeente);
        await api.RouteToMeetingAsync(dossier, vergadering, soort);
        return (api, dossier.GetProperty("id").GetString()!, vergadering);
    }

    [Fact]
    public async Task Decide_HandvestConform_DecisionEqualsConceptbesluitInAgendapuntAndBesluitenlijst()
    {
        await using var app = App();
        var (api, id, vergadering) = await GeagendeerdAsync(app, "steenwijkerland");

        await api.DecideAsync("steenwijkerland", vergadering, id);

        var verwacht = Regels(HandvestConcept());
        Assert.Contains(verwacht, r => r.StartsWith("“De gemeenten Steenwijkerland", StringComparison.Ordinal));
        using var agendapunt = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt", Secretariaat("steenwijkerland"));
        var alineas = Alineas(await agendapunt.Content.ReadAsByteArrayAsync(), out var doc1);
        using (doc1)
        {
            AssertPuntVoorPunt(alineas, a => a == "Besluit B&W: Conform", verwacht);
        }

        using var lijst = await api.SendAsync(HttpMethod.Get, $"/api/vergaderingen/steenwijkerland/{vergadering:yyyy-MM-dd}/besluitenlijst", Secretariaat("steenwijkerland"));
        alineas = Alineas(await lijst.Content.ReadAsByteArrayAsync(), out var doc2);
        using (doc2)
        {
            AssertPuntVoorPunt(alineas, a => a == "Besluit: Conform", verwacht);
        }

        var agenda = await api.JsonAsync(HttpMethod.Get, $"/api/vergaderingen/steenwijkerland/{vergadering:yyyy-MM-dd}", Secretariaat("steenwijkerland"));
        var punten = agenda.GetProperty("agendapunten")[0].GetProperty("besluitpunten").Deserialize<List<Besluitpunt>>(JsonSerializerOptions.Web)!;
        Assert.Equal(HandvestConcept(), punten);
    }

    [Fact]
    public async Task Paraaf_OnASunday_RefusedUntilTheSecretariatAddsThatMeeting()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        const string gemeente = "westerveld";
        var (id, _, status) = await api.CreateAndSubmitAsync(gemeente);
        while (!BesluitvormingApi.Sample.FindPersoon(BesluitvormingApi.FirstWaitingOn(status))!.HasRol(Rol.Portefeuillehouder))
        {
            status = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", BesluitvormingApi.FirstWaitingOn(status), new { versieHash = status.GetProperty("versie").GetProperty("hash").GetString() });
        }

        var vandaag = NederlandseTijd.Datum(_clock.Now);
        var zondag = vandaag.AddDays(14 + ((7 - (int)vandaag.DayOfWeek) % 7));
        var wethouder = BesluitvormingApi.FirstWaitingOn(status);
        var paraaf = new { versieHash = status.GetProperty("versie").GetProperty("hash").GetString(), vergaderdatum = zondag.ToString("yyyy-MM-dd"), soort = "hamerstuk" };

        using var geweigerd = await api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", wethouder, paraaf, status.GetProperty("eTag").GetString());
        var probleem = JsonDocument.Parse(await geweigerd.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.StatusCode);
        Assert.Contains("vergadert niet op zondag", probleem.GetProperty("errors").GetProperty("vergaderdatum")[0].GetString());
        Assert.Equal("inRoute", (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", wethouder)).GetProperty("status").GetString());

        var kalender = await api.JsonAsync(HttpMethod.Post, $"/api/vergaderingen/{gemeente}", Secretariaat(gemeente), new { datum = zondag.ToString("yyyy-MM-dd"), tijd = "14:00", reden = "extra vergadering over de begroting" });
        Assert.Contains(kalender.GetProperty("kiesbaar").EnumerateArray(), v => v.GetProperty("datum").GetString() == zondag.ToString("yyyy-MM-dd") && v.GetProperty("isExtra").GetBoolean());

        status = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", wethouder, paraaf);
        Assert.Equal(("geagendeerd", zondag.ToString("yyyy-MM-dd")), (status.GetProperty("status").GetString(), status.GetProperty("vergaderdatum").GetString()));
        var agenda = await api.JsonAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{zondag:yyyy-MM-dd}", Secretariaat(gemeente));
        Assert.Equal(id, agenda.GetProperty("agendapunten")[0].GetProperty("dossierId").GetString());
    }

    [Fact]
    public async Task Decide_BeforeTheMeetingDay_RefusedAndNothingChanged()
    {
        await using var app = App();
        var (api, id, vergadering) = await GeagendeerdAsync(app, "meppel");
        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", Secretariaat("meppel"));

        using var response = await api.SendAsync(HttpMethod.Post, $"/api/vergaderingen/meppel/{vergadering:yyyy-MM-dd}/besluiten", Secretariaat("meppel"), new { dossierId = id, uitkomst = "conform" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("kan pas vanaf die dag worden vastgelegd", await response.Content.ReadAsStringAsync());
        Assert.Equal("geagendeerd", (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", Secretariaat("meppel"))).GetProperty("status").GetString());
        Assert.Equal(trail.GetProperty("regels").GetArrayLength(), (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", Secretariaat("meppel"))).GetProperty("regels").GetArrayLength());
    }

    [Fact]
    public async Task Besluitenlijst_TwoDecisionsAndAnAbsentee_DateNamesNumbersAndHouseStyle()
    {
        const string gemeente = "zwartewaterland";
        await using var app = App();
        var (api, hamerstuk, vergadering) = await GeagendeerdAsync(app, gemeente, "hamerstuk");
        var dossier = await api.CreateAsync(gemeente);
        await api.RouteToMeetingAsync(dossier, vergadering);
        var bespreekstuk = dossier.GetProperty("id").GetString()!;
        var org = BesluitvormingApi.Sample;
        var burgemeester = org.PersonenMetRol(gemeente, Rol.Burgemeester).Single();
        var secretaris = org.PersonenMetRol(gemeente, Rol.Gemeentesecretaris).Single();
        var wethouders = org.PersonenMetRol(gemeente, Rol.Portefeuillehouder).ToList();
        var (_, portefeuille) = BesluitvormingApi.AuthorAndPortfolio(gemeente);
        var houder = wethouders.Single(w => w.HoldsPortefeuille(portefeuille));
        var afwezig = wethouders.First(w => w != houder);
        await api.JsonAsync(HttpMethod.Put, $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}/aanwezigheid", Secretariaat(gemeente),
            new { aanwezig = new[] { burgemeester.Id, secretaris.Id, houder.Id }, afwezig = new[] { afwezig.Id } });

        await api.DecideAsync(gemeente, vergadering, hamerstuk);
        await api.DecideAsync(gemeente, vergadering, bespreekstuk, "nietAkkoord");

        using var docx = await api.SendAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}/besluitenlijst", Secretariaat(gemeente));
        var alineas = Alineas(await docx.Content.ReadAsByteArrayAsync(), out var document);
        using (document)
        {
            var tekst = string.Join("\n", alineas);
            var registratie = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{hamerstuk}", Secretariaat(gemeente))).GetProperty("registratienummer").GetString()!;
            Assert.Matches(@"^\d{4}-\d{4}$", registratie);
            Assert.Contains(vergadering.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), tekst);
            Assert.Contains("10:00", tekst);
            Assert.Contains("Stadhuis Hasselt, collegekamer", tekst);
            Assert.Contains($"Voorzitter\n{burgemeester.Naam}", tekst);
            Assert.Contains($"Secretaris\n{secretaris.Naam}", tekst);
            Assert.Contains($"Afwezig\n{afwezig.Naam} (wethouder)", tekst);
            Assert.Contains($"{burgemeester.Naam}, burgemeester", tekst);
            Assert.DoesNotContain($"{afwezig.Naam}, wethouder", tekst);
            Assert.Contains($"Wethouder: {houder.Naam} · zaak Z.2026-00342 · registratienummer {registratie}", tekst);
            Assert.Contains("Besluit: Niet akkoord", tekst);
            Assert.Contains("1.", alineas.First(a => a.StartsWith("1.", StringComparison.Ordinal) && a.Contains("Handvest", StringComparison.Ordinal)));
            Assert.DoesNotContain("de burgemeester", tekst, StringComparison.Ordinal);
            Assert.DoesNotContain("vergadering van .", tekst, StringComparison.Ordinal);

            // The municipality's house style: its own header line and accent colour.
            var header = string.Concat(document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText));
            Assert.Contains("Gemeente Zwartewaterland · Bestuurszaken", header);
            Assert.Contains("005A9C", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml);
        }

        // The signature block is kept with the last item: on the last page of the PDF, together with it.
        using var pdf = await api.SendAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}/besluitenlijst?formaat=pdf", Secretariaat(gemeente));
        var laatste = PdfPaginas.Of(await pdf.Content.ReadAsByteArrayAsync())[^1];
        Assert.Contains("De secretaris,", laatste);
        Assert.Contains("Besluit: Niet akkoord", laatste);
    }

    [Fact]
    public async Task CorrigeerBesluit_WithReason_AuditedRegeneratedAndDistributedAgainAsCorrection()
    {
        const string gemeente = "staphorst";
        await using var app = App(triggers: true);
        var (api, id, vergadering) = await GeagendeerdAsync(app, gemeente);
        await api.DecideAsync(gemeente, vergadering, id);

        using (var zonderReden = await api.SendAsync(HttpMethod.Post, $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}/besluiten/{id}/correctie", Secretariaat(gemeente), new { uitkomst = "gewijzigd", tekst = "1. anders" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, zonderReden.StatusCode);
            Assert.Contains("reden", await zonderReden.Content.ReadAsStringAsync());
        }

        var status = await api.JsonAsync(HttpMethod.Post, $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}/besluiten/{id}/correctie", Secretariaat(gemeente), new
        {
            uitkomst = "gewijzigd",
            tekst = "1. de terugkoppeling van de bestuursopdracht vast te stellen, met de wijziging van hoofdstuk 3;",
            reden = "Hoofdstuk 3 werd in de vergadering gewijzigd; dat ontbrak in het vastgelegde besluit.",
        });

        Assert.Equal(("gewijzigd", 1), (status.GetProperty("besluit").GetProperty("uitkomst").GetString(), status.GetProperty("besluit").GetProperty("correctieVan").GetInt32()));
        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", Secretariaat(gemeente));
        var regels = trail.GetProperty("regels").EnumerateArray().ToList();
        Assert.True(trail.GetProperty("geldig").GetBoolean());
        Assert.Equal(["besluit", "besluit corrigeren"], regels.TakeLast(2).Select(r => r.GetProperty("action").GetString()));
        Assert.Contains("conform -> gewijzigd", regels[^1].GetProperty("object").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hoofdstuk 3 werd in de vergadering gewijzigd", regels[^1].GetProperty("object").GetString());

        using var agendapunt = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt", Secretariaat(gemeente));
        var alineas = Alineas(await agendapunt.Content.ReadAsByteArrayAsync(), out var document);
        using (document)
        {
            Assert.Contains("Besluit B&W: Gewijzigd", alineas);
            Assert.Contains(alineas, a => a.StartsWith("Gecorrigeerd op", StringComparison.Ordinal) && a.Contains("Hoofdstuk 3 werd in de vergadering gewijzigd", StringComparison.Ordinal));
            Assert.Contains("1.de terugkoppeling van de bestuursopdracht vast te stellen, met de wijziging van hoofdstuk 3;", alineas);
        }

        // Both went out to the gemeente's recipients: the original, and the correction marked as such.
        var container = azurite.Blobs.GetBlobContainerClient(_outbox);
        await Eventually.True(async () => await container.ExistsAsync() && await container.GetBlobClient($"besluit/{id}/2/{gemeente}/bezorging.json").ExistsAsync(), "the correction delivered", seconds: 120);
        var correctie = JsonDocument.Parse((await container.GetBlobClient($"besluit/{id}/2/{gemeente}/bezorging.json").DownloadContentAsync()).Value.Content.ToString()).RootElement;
        Assert.StartsWith("Correctie – Besluit B&W Staphorst", correctie.GetProperty("onderwerp").GetString());

        // The two deliveries are separate queue messages: on a loaded machine the original may finish after the correction.
        await Eventually.True(async () => (await container.GetBlobClient($"besluit/{id}/1/{gemeente}/bezorging.json").ExistsAsync()).Value, "the original delivered", seconds: 120);
    }

    [Fact]
    public async Task VerplaatsEnHerorden_BySecretariatBeforeTheMeeting_AgendasAndAuditFollow()
    {
        const string gemeente = "bedum";
        await using var app = App();
        var (api, eerste, vergadering) = await GeagendeerdAsync(app, gemeente);
        var dossier = await api.CreateAsync(gemeente);
        await api.RouteToMeetingAsync(dossier, vergadering, "hamerstuk");
        var tweede = dossier.GetProperty("id").GetString()!;
        var pad = $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}";

        var agenda = await api.JsonAsync(HttpMethod.Get, pad, Secretariaat(gemeente));
        Assert.Equal([tweede, eerste], agenda.GetProperty("agendapunten").EnumerateArray().Select(p => p.GetProperty("dossierId").GetString())); // hamerstuk first
        agenda = await api.JsonAsync(HttpMethod.Put, pad + "/volgorde", Secretariaat(gemeente), new { volgorde = new[] { eerste, tweede } });
        Assert.Equal([(eerste, 1), (tweede, 2)], agenda.GetProperty("agendapunten").EnumerateArray().Select(p => (p.GetProperty("dossierId").GetString(), p.GetProperty("volgorde").GetInt32())));

        var later = BesluitvormingApi.Vergadering(gemeente, _clock.Now, 3);
        using (var geenReden = await api.SendAsync(HttpMethod.Post, pad + "/verplaatsen", Secretariaat(gemeente), new { dossierId = eerste, naar = later.ToString("yyyy-MM-dd") }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, geenReden.StatusCode);
        }

        var status = await api.JsonAsync(HttpMethod.Post, pad + "/verplaatsen", Secretariaat(gemeente), new { dossierId = eerste, naar = later.ToString("yyyy-MM-dd"), reden = "wacht op het advies van de raadscommissie" });

        Assert.Equal(later.ToString("yyyy-MM-dd"), status.GetProperty("vergaderdatum").GetString());
        Assert.Equal([tweede], (await api.JsonAsync(HttpMethod.Get, pad, Secretariaat(gemeente))).GetProperty("agendapunten").EnumerateArray().Select(p => p.GetProperty("dossierId").GetString()));
        Assert.Equal([eerste], (await api.JsonAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{later:yyyy-MM-dd}", Secretariaat(gemeente))).GetProperty("agendapunten").EnumerateArray().Select(p => p.GetProperty("dossierId").GetString()));
        var regel = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{eerste}/audit", Secretariaat(gemeente))).GetProperty("regels").EnumerateArray().Last();
        Assert.Equal("verplaatsen", regel.GetProperty("action").GetString());
        Assert.Contains("wacht op het advies van de raadscommissie", regel.GetProperty("object").GetString());

        using var wethouder = await api.SendAsync(HttpMethod.Put, pad + "/volgorde", BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Portefeuillehouder).First().Id, new { volgorde = new[] { tweede } });
        Assert.Equal(HttpStatusCode.Forbidden, wethouder.StatusCode);
    }

    [Fact]
    public async Task Verplaatsen_StoppedAfterTheDossier_TheSameMoveAgainCompletesBothAgendasWritingNothingNew()
    {
        const string gemeente = "de-marne";
        await using var app = App();
        var (api, id, vergadering) = await GeagendeerdAsync(app, gemeente);
        var later = BesluitvormingApi.Vergadering(gemeente, _clock.Now, 3);
        var vergaderingen = app.Services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient("vergaderingen");
        var oud = vergaderingen.GetBlobClient($"{gemeente}/{vergadering:yyyy-MM-dd}.json");
        var nieuw = vergaderingen.GetBlobClient($"{gemeente}/{later:yyyy-MM-dd}.json");
        var oudVoor = (await oud.DownloadContentAsync()).Value.Content;
        var nieuwVoor = (await nieuw.ExistsAsync()).Value ? (await nieuw.DownloadContentAsync()).Value.Content : null;
        var pad = $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}";
        var verplaats = new { dossierId = id, naar = later.ToString("yyyy-MM-dd"), reden = "advies raadscommissie afwachten" };
        await api.JsonAsync(HttpMethod.Post, pad + "/verplaatsen", Secretariaat(gemeente), verplaats);

        // As if the process stopped right after the dossier's write: both agendas as they were before.
        await oud.UploadAsync(oudVoor, overwrite: true);
        if (nieuwVoor is null)
        {
            await nieuw.DeleteIfExistsAsync();
        }
        else
        {
            await nieuw.UploadAsync(nieuwVoor, overwrite: true);
        }

        Assert.Contains(id, (await api.JsonAsync(HttpMethod.Get, pad, Secretariaat(gemeente))).GetProperty("agendapunten").EnumerateArray().Select(p => p.GetProperty("dossierId").GetString()));
        var status = await api.JsonAsync(HttpMethod.Post, pad + "/verplaatsen", Secretariaat(gemeente), verplaats);

        Assert.Equal(later.ToString("yyyy-MM-dd"), status.GetProperty("vergaderdatum").GetString());
        Assert.DoesNotContain(id, (await api.JsonAsync(HttpMethod.Get, pad, Secretariaat(gemeente))).GetProperty("agendapunten").EnumerateArray().Select(p => p.GetProperty("dossierId").GetString()));
        Assert.Contains(id, (await api.JsonAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{later:yyyy-MM-dd}", Secretariaat(gemeente))).GetProperty("agendapunten").EnumerateArray().Select(p => p.GetProperty("dossierId").GetString()));
        var regels = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", Secretariaat(gemeente))).GetProperty("regels").EnumerateArray();
        Assert.Single(regels, r => r.GetProperty("action").GetString() == "verplaatsen");

        // Someone outside the secretariat repeating it is refused, as a move is.
        using var wethouder = await api.SendAsync(HttpMethod.Post, $"/api/vergaderingen/{gemeente}/{later:yyyy-MM-dd}/verplaatsen", BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Portefeuillehouder).First().Id, new { dossierId = id, naar = later.ToString("yyyy-MM-dd"), reden = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, wethouder.StatusCode);
    }

    [Fact]
    public async Task Decide_MalformedPointsAndOrder_DutchFieldErrorsAndNothingChanged()
    {
        const string gemeente = "eemsmond";
        await using var app = App();
        var (api, id, vergadering) = await GeagendeerdAsync(app, gemeente);
        var pad = $"/api/vergaderingen/{gemeente}/{vergadering:yyyy-MM-dd}";
        api.NaarVergaderdag(vergadering);

        using (var leeg = await api.SendAsync(HttpMethod.Post, pad + "/besluiten", Secretariaat(gemeente), new { dossierId = id, uitkomst = "gewijzigd", punten = new object?[] { new { nr = "1", tekst = "vast te stellen;" }, new { nr = "2", tekst = " " } } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, leeg.StatusCode);
            Assert.Contains("Besluitpunt 2 heeft geen tekst.", JsonDocument.Parse(await leeg.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("punten")[0].GetString());
        }

        using (var volgorde = await api.SendAsync(HttpMethod.Put, pad + "/volgorde", Secretariaat(gemeente), new { volgorde = new string?[] { null } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, volgorde.StatusCode);
            Assert.True(JsonDocument.Parse(await volgorde.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("volgorde", out _));
        }

        Assert.Equal("geagendeerd", (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", Secretariaat(gemeente))).GetProperty("status").GetString());

        // Points without their optional lists (as a client may send them) are stored without nulls.
        var status = await api.JsonAsync(HttpMethod.Post, pad + "/besluiten", Secretariaat(gemeente), new { dossierId = id, uitkomst = "gewijzigd", punten = new[] { new { nr = "1", tekst = " het handvest vast te stellen; " } } });
        var punt = status.GetProperty("besluit").GetProperty("punten")[0];
        Assert.Equal(("het handvest vast te stellen;", 0, 0), (punt.GetProperty("tekst").GetString(), punt.GetProperty("intentie").GetArrayLength(), punt.GetProperty("subpunten").GetArrayLength()));
    }

    [Fact]
    public async Task CreateAsync_TwentyAtOnce_DistinctRegistrationNumbersOfThisYear()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);

        var dossiers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.CreateAsync("eemsmond")));

        var nummers = dossiers.Select(d => d.GetProperty("registratienummer").GetString()!).ToList();
        Assert.All(nummers, n => Assert.Matches($"^{NederlandseTijd.Datum(_clock.Now).Year}-\\d{{4}}$", n));
        Assert.Equal(20, nummers.Distinct().Count());
    }
}
