using System.Net;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Azure.Storage.Blobs;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>The functioneel beheerder's template API: upload, report, activate, restore, download; dossiers record the version.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SjablonenFunctionsTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    private static string Beheerder(string gemeente) => Org.PersonenMetRol(gemeente, Rol.Functioneelbeheerder).First().Id;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string persoon, string gemeente, string type, byte[] docx, string naam = "huisstijl.docx")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sjablonen/{gemeente}/{type}")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(docx), "bestand", naam } },
        };
        request.Headers.Add("X-Dev-User", persoon);
        return await client.SendAsync(request);
    }

    private static string Tekst(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.InnerText;
    }

    [Fact]
    public async Task Activate_UploadedAgendapunt_NewDossierUsesItAndRecordsItsVersion()
    {
        const string gemeente = "steenwijkerland";
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var api = new BesluitvormingApi(client);
        var beheerder = Beheerder(gemeente);
        var marker = "Huisstijltest " + Guid.NewGuid().ToString("n")[..8];
        try
        {
            using var upload = await UploadAsync(client, beheerder, gemeente, "agendapunt", TestSjablonen.MetMarker(gemeente, "agendapunt", marker));
            var uploaded = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
            Assert.True(upload.StatusCode == HttpStatusCode.Created, uploaded.ToString());
            var nummer = uploaded.GetProperty("versie").GetProperty("nummer").GetInt32();
            Assert.Equal($"{gemeente}/agendapunt/v{nummer}", uploaded.GetProperty("id").GetString());

            // Uploaded is not active: a dossier made now still uses the standaardsjabloon.
            var voor = await api.CreateAsync(gemeente);
            Assert.Equal("standaard", voor.GetProperty("versie").GetProperty("sjablonen").GetProperty("agendapunt.docx").GetString());

            await api.JsonAsync(HttpMethod.Post, $"/api/sjablonen/{gemeente}/agendapunt/activeren", beheerder, new { versie = nummer });
            var na = await api.CreateAsync(gemeente);

            var sjablonen = na.GetProperty("versie").GetProperty("sjablonen");
            Assert.Equal($"{gemeente}/agendapunt/v{nummer}", sjablonen.GetProperty("agendapunt.docx").GetString());
            Assert.Equal("standaard", sjablonen.GetProperty("collegeadvies.docx").GetString());
            using var agendapunt = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{na.GetProperty("id").GetString()}/documenten/agendapunt", BesluitvormingApi.AuthorAndPortfolio(gemeente).Auteur);
            Assert.Equal(HttpStatusCode.OK, agendapunt.StatusCode);
            Assert.Contains(marker, Tekst(await agendapunt.Content.ReadAsByteArrayAsync()));
            Assert.DoesNotContain(marker, Tekst(await (await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{voor.GetProperty("id").GetString()}/documenten/agendapunt", BesluitvormingApi.AuthorAndPortfolio(gemeente).Auteur)).Content.ReadAsByteArrayAsync()));

            // The list shows it active; the download is that version; the trail has both changes.
            var lijst = await api.JsonAsync(HttpMethod.Get, $"/api/sjablonen/{gemeente}", beheerder);
            var type = lijst.EnumerateArray().Single(t => t.GetProperty("type").GetString() == "agendapunt");
            Assert.Equal($"{gemeente}/agendapunt/v{nummer}", type.GetProperty("actiefId").GetString());
            using var download = await api.SendAsync(HttpMethod.Get, $"/api/sjablonen/{gemeente}/agendapunt/download", beheerder);
            Assert.Contains(marker, Tekst(await download.Content.ReadAsByteArrayAsync()));
            var trail = await app.Services.GetRequiredService<AuditTrailStore>().ReadTextAsync($"gemeente-{gemeente}");
            Assert.Contains("sjabloon uploaden", trail);
            Assert.Contains("sjabloon activeren", trail);

            // Restoring the standaardsjabloon: the next dossier is made with it again.
            await api.JsonAsync(HttpMethod.Post, $"/api/sjablonen/{gemeente}/agendapunt/herstellen", beheerder, new { });
            var terug = await api.CreateAsync(gemeente);
            Assert.Equal("standaard", terug.GetProperty("versie").GetProperty("sjablonen").GetProperty("agendapunt.docx").GetString());
        }
        finally
        {
            await HerstelAsync(app, gemeente, "agendapunt");
        }
    }

    [Fact]
    public async Task ResolveAsync_ActivationsOneAfterAnother_OnlyTheActiveVersionKeptCompiled()
    {
        const string gemeente = "westerveld";
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var beheer = app.Services.GetRequiredService<SjabloonBeheer>();
        var renderer = app.Services.GetRequiredService<DocumentRenderer>();
        var handeling = new Handeling(Beheerder(gemeente), "test", null);
        try
        {
            var markers = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                var marker = $"Cachetest {i} {Guid.NewGuid():n}";
                var upload = await beheer.UploadAsync(handeling, gemeente, "handvest", TestSjablonen.MetMarker(gemeente, "handvest", marker), "huisstijl.docx", default);
                await beheer.ActiveerAsync(handeling, gemeente, "handvest", upload.Versie.Nummer, herstel: false, default);
                var gekozen = await renderer.ResolveAsync(gemeente, "handvest");
                Assert.Equal(SjabloonStore.Id(gemeente, "handvest", upload.Versie.Nummer), gekozen!.Id);
                markers.Add(marker);
            }

            var laatste = (await renderer.ResolveAsync(gemeente, "handvest"))!;
            var docx = renderer.Render(laatste.Template, JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", "handvest.json"))).RootElement).Docx!;
            Assert.Contains(markers[^1], Tekst(docx));
            Assert.DoesNotContain(markers[0], Tekst(docx));
            Assert.Equal(1, renderer.GecompileerdeUploads);
        }
        finally
        {
            await HerstelAsync(app, gemeente, "handvest");
        }
    }

    [Fact]
    public async Task Verwijderen_NeverActiveVersionRemovedActiveOrOnceActiveKept()
    {
        const string gemeente = "zwartewaterland";
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var api = new BesluitvormingApi(client);
        var beheerder = Beheerder(gemeente);
        async Task<int> UploadNummerAsync()
        {
            using var upload = await UploadAsync(client, beheerder, gemeente, "persbericht", TestSjablonen.MetMarker(gemeente, "persbericht", "Verwijdertest " + Guid.NewGuid().ToString("n")[..8]));
            return JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("versie").GetProperty("nummer").GetInt32();
        }

        try
        {
            var gebruikt = await UploadNummerAsync();
            var ongebruikt = await UploadNummerAsync();
            await api.JsonAsync(HttpMethod.Post, $"/api/sjablonen/{gemeente}/persbericht/activeren", beheerder, new { versie = gebruikt });

            using (var anderen = await api.SendAsync(HttpMethod.Delete, $"/api/sjablonen/{gemeente}/persbericht/versies/{ongebruikt}", Org.PersonenMetRol(gemeente, Rol.Medewerker).First().Id))
            {
                Assert.Equal(HttpStatusCode.Forbidden, anderen.StatusCode);
            }

            using (var weg = await api.SendAsync(HttpMethod.Delete, $"/api/sjablonen/{gemeente}/persbericht/versies/{ongebruikt}", beheerder))
            {
                Assert.Equal(HttpStatusCode.NoContent, weg.StatusCode);
            }

            using (var actief = await api.SendAsync(HttpMethod.Delete, $"/api/sjablonen/{gemeente}/persbericht/versies/{gebruikt}", beheerder))
            {
                Assert.Equal(HttpStatusCode.Conflict, actief.StatusCode);
                Assert.Contains("het actieve sjabloon", JsonDocument.Parse(await actief.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
            }

            await api.JsonAsync(HttpMethod.Post, $"/api/sjablonen/{gemeente}/persbericht/herstellen", beheerder, new { });
            using (var eerder = await api.SendAsync(HttpMethod.Delete, $"/api/sjablonen/{gemeente}/persbericht/versies/{gebruikt}", beheerder))
            {
                Assert.Equal(HttpStatusCode.Conflict, eerder.StatusCode);
                Assert.Contains("is actief geweest", JsonDocument.Parse(await eerder.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
            }

            var lijst = await api.JsonAsync(HttpMethod.Get, $"/api/sjablonen/{gemeente}", beheerder);
            var versies = lijst.EnumerateArray().Single(t => t.GetProperty("type").GetString() == "persbericht").GetProperty("index").GetProperty("versies").EnumerateArray().Select(v => v.GetProperty("nummer").GetInt32()).ToList();
            Assert.Contains(gebruikt, versies);
            Assert.DoesNotContain(ongebruikt, versies);
            using (var download = await api.SendAsync(HttpMethod.Get, $"/api/sjablonen/{gemeente}/persbericht/download?versie={ongebruikt}", beheerder))
            {
                Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
            }

            // The removed number is not given out again; the trail names the removal.
            Assert.True(await UploadNummerAsync() > ongebruikt);
            var trail = await app.Services.GetRequiredService<AuditTrailStore>().ReadTextAsync($"gemeente-{gemeente}");
            var regels = trail.Split('\n').Where(r => r.Contains("sjabloon verwijderen", StringComparison.Ordinal) && r.Contains($"{gemeente}/persbericht/v{ongebruikt}", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, regels.Count); // the refused attempt of the medewerker, and the removal
            Assert.Single(regels, r => r.Contains("denied", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await HerstelAsync(app, gemeente, "persbericht");
        }
    }

    [Fact]
    public async Task Upload_MacroEnabledTemplate_RefusedInDutchAndNothingStored()
    {
        const string gemeente = "meppel";
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var before = await BlobsAsync();

        using var response = await UploadAsync(client, Beheerder(gemeente), gemeente, "collegeadvies", TestSjablonen.MetMacro(gemeente, "collegeadvies"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("bestand", problem.GetProperty("field").GetString());
        Assert.Equal("MacroEnabled", problem.GetProperty("reasonCode").GetString());
        Assert.Contains("macro", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await BlobsAsync());
    }

    [Fact]
    public async Task Upload_TemplateWithUnclosedSection_RefusedWithTheReportAndNothingStored()
    {
        const string gemeente = "meppel";
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var before = await BlobsAsync();

        using var response = await UploadAsync(client, Beheerder(gemeente), gemeente, "agendapunt", TestSjablonen.MetMarker(gemeente, "agendapunt", "{#bijlagen} zonder einde"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("bestand", problem.GetProperty("field").GetString());
        Assert.Contains(problem.GetProperty("problemen").EnumerateArray(), p => p.GetString()!.Contains("zonder einde", StringComparison.Ordinal));
        Assert.Equal(before, await BlobsAsync());
    }

    [Fact]
    public async Task Activate_MedewerkerOrBeheerderOfAnotherGemeente_ForbiddenAndNothingChanged()
    {
        const string gemeente = "westerveld";
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var api = new BesluitvormingApi(client);
        using var upload = await UploadAsync(client, Beheerder(gemeente), gemeente, "persbericht", TestSjablonen.MetMarker(gemeente, "persbericht", "Persbericht-proef"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var nummer = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("versie").GetProperty("nummer").GetInt32();
        var medewerker = Org.PersonenMetRol(gemeente, Rol.Medewerker).First().Id;

        using var alsMedewerker = await api.SendAsync(HttpMethod.Post, $"/api/sjablonen/{gemeente}/persbericht/activeren", medewerker, new { versie = nummer });
        using var alsAnderen = await api.SendAsync(HttpMethod.Post, $"/api/sjablonen/{gemeente}/persbericht/activeren", Beheerder("meppel"), new { versie = nummer });
        using var uploadMedewerker = await UploadAsync(client, medewerker, gemeente, "persbericht", TestSjablonen.MetMarker(gemeente, "persbericht", "Niet van mij"));
        using var lijstMedewerker = await api.SendAsync(HttpMethod.Get, $"/api/sjablonen/{gemeente}", medewerker);

        Assert.Equal(HttpStatusCode.Forbidden, alsMedewerker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, alsAnderen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, uploadMedewerker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, lijstMedewerker.StatusCode);
        Assert.Contains("functioneel beheerder", JsonDocument.Parse(await alsMedewerker.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        var index = await app.Services.GetRequiredService<SjabloonStore>().GetIndexAsync(gemeente, "persbericht");
        Assert.Null(index.Actief);
        Assert.Equal([nummer], index.Versies.Select(v => v.Nummer));
        Assert.Contains(AuditResult.Denied, await app.Services.GetRequiredService<AuditTrailStore>().ReadTextAsync($"gemeente-{gemeente}"));
    }

    [Fact]
    public async Task Check_DotxBasedHouseStyleDocument_ReportsWhatWasNeutralised()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var docx = TestSjablonen.MetAttachedTemplate(File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "templates", "default", "collegeadvies.docx")));

        var response = await client.PostAsync("/api/sjabloncontrole/collegeadvies", new ByteArrayContent(docx));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEmpty(report.GetProperty("neutralised").EnumerateArray());
        Assert.Contains(report.GetProperty("meldingen").EnumerateArray(), m => m.GetString()!.Contains(".dotx", StringComparison.Ordinal));
    }

    private async Task<List<string>> BlobsAsync()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(SjabloonStore.Container);
        await container.CreateIfNotExistsAsync();
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add($"{blob.Name} {blob.Properties.ETag}");
        }

        return names;
    }

    /// <summary>Later tests in the collection expect the shipped templates.</summary>
    internal static async Task HerstelAsync(IServiceProvider services, string gemeente, string type) =>
        await services.GetRequiredService<SjabloonStore>().ActivateAsync(gemeente, type, null, "test", DateTimeOffset.UtcNow);

    private static Task HerstelAsync(FunctionsAppFactory app, string gemeente, string type) => HerstelAsync(app.Services, gemeente, type);
}
