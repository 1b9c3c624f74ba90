using Microsoft.Extensions.DependencyInjection;
using Azure.Storage.Blobs.Specialized;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Automatisering.Functions.Tests.Besluitvorming;

[Collection(AzuriteCollection.Name)]
public sealed class BesluitvormingEndpointsTests(AzuriteFixture azurite)
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private FunctionsAppFactory App() => new FunctionsAppFactory(azurite)
        .WithSetting("Automatisering:Runner:Enabled", "false")
        .WithServices(services => services.AddSingleton<TimeProvider>(_clock));

    public static TheoryData<string> Gemeenten()
    {
        var data = new TheoryData<string>();
        foreach (var gemeente in BesluitvormingApi.Sample.Gemeenten)
        {
            data.Add(gemeente.Slug);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Gemeenten))]
    public async Task FullRoute_SampleGemeente_DraftToConformWithRegeneratedAgendapunt(string gemeente)
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dossier = await api.CreateAsync(gemeente, financieleGevolgen: true);
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;
        var vergaderdatum = BesluitvormingApi.Vergadering(gemeente, _clock.GetUtcNow());

        var (status, signers) = await api.RouteToMeetingAsync(dossier, vergaderdatum, "hamerstuk", async signer =>
            Assert.Contains((await api.JsonAsync(HttpMethod.Get, "/api/inbox", signer)).EnumerateArray(), i => i.GetProperty("dossierId").GetString() == id));
        foreach (var signer in signers)
        {
            // Once scheduled, it has left every inbox on the route.
            var inbox = await api.JsonAsync(HttpMethod.Get, "/api/inbox", signer);
            Assert.DoesNotContain(inbox.EnumerateArray(), i => i.GetProperty("dossierId").GetString() == id);
        }

        Assert.Equal("geagendeerd", status.GetProperty("status").GetString());
        Assert.True(signers.Count >= 3, string.Join(", ", signers));
        var secretariaat = BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First().Id;
        var agenda = await api.JsonAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{vergaderdatum:yyyy-MM-dd}", secretariaat);
        Assert.Contains(agenda.GetProperty("agendapunten").EnumerateArray(), p => p.GetProperty("dossierId").GetString() == id);

        status = await api.DecideAsync(gemeente, vergaderdatum, id);

        Assert.Equal("besloten", status.GetProperty("status").GetString());
        using var agendapunt = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt", auteur);
        Assert.Equal(HttpStatusCode.OK, agendapunt.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await agendapunt.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document));
        var text = document.MainDocumentPart!.Document.InnerText;
        Assert.Contains("Conform", text);
        foreach (var signer in signers)
        {
            Assert.Contains(BesluitvormingApi.Sample.FindPersoon(signer)!.Naam, text);
        }

        using var besluitenlijst = await api.SendAsync(HttpMethod.Get, $"/api/vergaderingen/{gemeente}/{vergaderdatum:yyyy-MM-dd}/besluitenlijst", secretariaat);
        Assert.Equal(HttpStatusCode.OK, besluitenlijst.StatusCode);
        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", auteur);
        Assert.True(trail.GetProperty("geldig").GetBoolean());
        Assert.Equal(["aanmaken", "indienen", .. signers.Select(_ => "paraaf"), "besluit"], trail.GetProperty("regels").EnumerateArray().Select(r => r.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task Paraaf_HundredSimultaneousOnOneStep_ExactlyOneSucceedsAndOneAuditEntry()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dossier = await api.CreateAsync("meppel");
        var id = dossier.GetProperty("id").GetString()!;
        var status = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/indienen", dossier.GetProperty("auteurId").GetString()!);
        var signer = BesluitvormingApi.FirstWaitingOn(status);
        var etag = status.GetProperty("eTag").GetString()!;
        var hash = status.GetProperty("versie").GetProperty("hash").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", signer, new { versieHash = hash }, ifMatch: etag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(99, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", signer);
        Assert.Single(trail.GetProperty("regels").EnumerateArray(), r => r.GetProperty("action").GetString() == "paraaf");
        Assert.True(trail.GetProperty("geldig").GetBoolean());
    }

    [Fact]
    public async Task Paraaf_FiftySimultaneousWithoutIfMatch_OneParaafNoDenialsOnlyOkOrConflict()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, _, status) = await api.CreateAndSubmitAsync("meppel");
        var signer = BesluitvormingApi.FirstWaitingOn(status);
        var hash = status.GetProperty("versie").GetProperty("hash").GetString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", signer, new { versieHash = hash })));

        // A signer racing himself: the winner and every later repeat get 200, a loser of the write 409; never a 403.
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var regels = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", signer)).GetProperty("regels").EnumerateArray().ToList();
        Assert.Single(regels, r => r.GetProperty("action").GetString() == "paraaf");
        Assert.DoesNotContain(regels, r => r.GetProperty("result").GetString() == "denied");
    }

    [Fact]
    public async Task Paraaf_SentAgainAfterItWasRecorded_CurrentStateAndNoNewAuditLine()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, _, status) = await api.CreateAndSubmitAsync("meppel");
        var signer = BesluitvormingApi.FirstWaitingOn(status);
        var hash = status.GetProperty("versie").GetProperty("hash").GetString();
        var first = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", signer, new { versieHash = hash });

        using var again = await api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", signer, new { versieHash = hash });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("eTag").GetString(), JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("eTag").GetString());
        var regels = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", signer)).GetProperty("regels").EnumerateArray().ToList();
        Assert.Single(regels, r => r.GetProperty("action").GetString() == "paraaf");
        Assert.DoesNotContain(regels, r => r.GetProperty("result").GetString() == "denied");
    }

    [Fact]
    public async Task Edit_AfterTheCollegeDatePassed_KeptDatesAcceptedNewPastDateRefused()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dossier = await api.CreateAsync("westerveld");
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;
        var velden = dossier.GetProperty("velden").Deserialize<JsonObject>()!;
        _clock.Now = _clock.Now.AddDays(200); // the traject's college date (120 days on) has passed

        velden["samenvatting"] = "Aangehouden; de samenvatting bijgewerkt.";
        var bewerkt = await api.JsonAsync(HttpMethod.Put, $"/api/dossiers/{id}", auteur, new { velden }, dossier.GetProperty("eTag").GetString());
        velden["traject"]![0]!["datum"] = NederlandseTijd.Datum(_clock.Now).AddDays(-1).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        using var verleden = await api.SendAsync(HttpMethod.Put, $"/api/dossiers/{id}", auteur, new { velden }, bewerkt.GetProperty("eTag").GetString());

        Assert.Equal(2, bewerkt.GetProperty("versie").GetProperty("nummer").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, verleden.StatusCode);
        var errors = JsonDocument.Parse(await verleden.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("gisteren (", errors.GetProperty("velden.traject[0].datum")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", auteur)).GetProperty("versie").GetProperty("nummer").GetInt32());
    }

    [Fact]
    public async Task Edit_TwoSimultaneous_OneSucceedsOneConflict()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dossier = await api.CreateAsync("staphorst");
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;
        var etag = dossier.GetProperty("eTag").GetString()!;
        var a = BesluitvormingApi.Velden();
        a["samenvatting"] = "Eerste bewerking.";
        var b = BesluitvormingApi.Velden();
        b["samenvatting"] = "Tweede bewerking.";

        var responses = await Task.WhenAll(
            api.SendAsync(HttpMethod.Put, $"/api/dossiers/{id}", auteur, new { velden = a }, etag),
            api.SendAsync(HttpMethod.Put, $"/api/dossiers/{id}", auteur, new { velden = b }, etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order().ToArray());
        var stored = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", auteur);
        Assert.Equal(2, stored.GetProperty("versie").GetProperty("nummer").GetInt32());
    }

    [Fact]
    public async Task Edit_WithoutIfMatch_PreconditionRequiredAndNothingChanged()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dossier = await api.CreateAsync("westerveld");
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;

        using var response = await api.SendAsync(HttpMethod.Put, $"/api/dossiers/{id}", auteur, new { velden = BesluitvormingApi.Velden() });

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal(1, (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", auteur)).GetProperty("versie").GetProperty("nummer").GetInt32());
    }

    [Fact]
    public async Task Create_MissingTemplateFields_ProblemDetailsPerFieldAndNothingStored()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (auteur, portefeuille) = BesluitvormingApi.AuthorAndPortfolio("meppel");
        var velden = BesluitvormingApi.Velden();
        velden.Remove("samenvatting");
        velden["inleiding"] = 42;
        var before = (await api.JsonAsync(HttpMethod.Get, "/api/dossiers", auteur)).GetArrayLength();

        using var response = await api.SendAsync(HttpMethod.Post, "/api/dossiers", auteur, new { onderwerp = "Iets", portefeuille, velden });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("velden.samenvatting", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("velden.inleiding", out _), errors.ToString());
        Assert.Equal(before, (await api.JsonAsync(HttpMethod.Get, "/api/dossiers", auteur)).GetArrayLength());
    }

    [Fact]
    public async Task Create_PastCollegeDateBadPhoneAndOtherChoice_DutchReasonPerFieldAndNothingStored()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (auteur, portefeuille) = BesluitvormingApi.AuthorAndPortfolio("meppel");
        var velden = BesluitvormingApi.Velden();
        velden["traject"]![0]!["datum"] = "03-03-2020";
        velden["stellerTelefoon"] = "bel mij";
        velden["openbaar"] = "misschien";
        var before = (await api.JsonAsync(HttpMethod.Get, "/api/dossiers", auteur)).GetArrayLength();

        using var response = await api.SendAsync(HttpMethod.Post, "/api/dossiers", auteur, new { onderwerp = "Iets", portefeuille, velden });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.StartsWith("3 maart 2020 ligt in het verleden", errors.GetProperty("velden.traject[0].datum")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("is geen geldig telefoonnummer", errors.GetProperty("velden.stellerTelefoon")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("kies 'ja' of 'nee'", errors.GetProperty("velden.openbaar")[0].GetString());
        Assert.Equal(before, (await api.JsonAsync(HttpMethod.Get, "/api/dossiers", auteur)).GetArrayLength());
    }

    [Fact]
    public async Task Paraaf_WrongPersonOrOtherGemeente_ForbiddenDeniedAuditAndStateUnchanged()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, auteur, status) = await api.CreateAndSubmitAsync("zwartewaterland");
        var hash = status.GetProperty("versie").GetProperty("hash").GetString();
        var secretaris = BesluitvormingApi.Sample.PersonenMetRol("zwartewaterland", Rol.Gemeentesecretaris).First().Id;
        var buitenstaander = BesluitvormingApi.Sample.PersonenMetRol("meppel", Rol.Afdelingsmanager).First().Id;

        using var wrongPerson = await api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", secretaris, new { versieHash = hash });
        using var otherGemeente = await api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", buitenstaander, new { versieHash = hash });
        using var otherGemeenteRead = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}", buitenstaander);

        Assert.Equal(HttpStatusCode.Forbidden, wrongPerson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherGemeente.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherGemeenteRead.StatusCode);
        var after = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", auteur);
        Assert.Equal(status.GetProperty("eTag").GetString(), after.GetProperty("eTag").GetString());
        var denied = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", auteur)).GetProperty("regels").EnumerateArray()
            .Where(r => r.GetProperty("result").GetString() == "denied").Select(r => r.GetProperty("actor").GetString()).ToList();
        Assert.Equal([secretaris, buitenstaander], denied);
    }

    [Fact]
    public async Task Paraaf_ExpiredSubstitute_ForbiddenAndActiveSubstituteSeesInboxAndSigns()
    {
        var organisatie = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Besluitvorming", "organisatie.json")))!.AsObject();
        var manager = BesluitvormingApi.Sample.Personen.First(p => p.Gemeente == "steenwijkerland" && p.HasRol(Rol.Afdelingsmanager) && p.Afdeling == "Maatschappelijke Ontwikkeling");
        var verlopen = BesluitvormingApi.Sample.Personen.First(p => p.Gemeente == "steenwijkerland" && p.HasRol(Rol.Controller));
        var actief = BesluitvormingApi.Sample.Personen.First(p => p.Gemeente == "steenwijkerland" && p.HasRol(Rol.JuridischeZaken));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        organisatie["vervangingen"]!.AsArray().Add(new JsonObject { ["vervanger"] = verlopen.Id, ["vervangt"] = manager.Id, ["van"] = today.AddDays(-30).ToString("yyyy-MM-dd"), ["tot"] = today.AddDays(-10).ToString("yyyy-MM-dd") });
        organisatie["vervangingen"]!.AsArray().Add(new JsonObject { ["vervanger"] = actief.Id, ["vervangt"] = manager.Id, ["van"] = today.AddDays(-1).ToString("yyyy-MM-dd"), ["tot"] = today.AddDays(10).ToString("yyyy-MM-dd") });
        var file = Path.Combine(Path.GetTempPath(), $"organisatie-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(file, organisatie.ToJsonString());
        try
        {
            await using var app = App().WithSetting("Automatisering:Organisatie:Path", file);
            var api = new BesluitvormingApi(app.Start(), _clock);
            var auteur = BesluitvormingApi.Sample.Personen.First(p => p.Gemeente == "steenwijkerland" && p.HasRol(Rol.Medewerker) && p.Afdeling == manager.Afdeling);
            var dossier = await api.JsonAsync(HttpMethod.Post, "/api/dossiers", auteur.Id, new { onderwerp = "Vervanging", portefeuille = BesluitvormingApi.AuthorAndPortfolio("steenwijkerland").Portefeuille, velden = BesluitvormingApi.Velden() });
            var id = dossier.GetProperty("id").GetString()!;
            var status = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/indienen", auteur.Id);
            var hash = status.GetProperty("versie").GetProperty("hash").GetString();

            using var expired = await api.SendAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", verlopen.Id, new { versieHash = hash });
            var inbox = await api.JsonAsync(HttpMethod.Get, "/api/inbox", actief.Id);
            var signed = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", actief.Id, new { versieHash = hash });

            Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
            var item = Assert.Single(inbox.EnumerateArray(), i => i.GetProperty("dossierId").GetString() == id);
            Assert.Equal(manager.Naam, item.GetProperty("namens").GetString());
            Assert.Equal(2, signed.GetProperty("route")[0].GetProperty("nummer").GetInt32() + 1);
            var trail = (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", auteur.Id)).GetProperty("regels").EnumerateArray().ToList();
            Assert.Contains(trail, r => r.GetProperty("actor").GetString() == verlopen.Id && r.GetProperty("result").GetString() == "denied");
            Assert.Contains(trail, r => r.GetProperty("actor").GetString() == actief.Id && r.GetProperty("action").GetString() == "paraaf" && r.GetProperty("result").GetString() == "ok");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("changed", 1)]
    [InlineData("removed", 1)]
    [InlineData("swapped", 1)]
    public async Task Audit_TamperedTrail_DetectedAtTheRightIndex(string tampering, int index)
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, auteur, status) = await api.CreateAndSubmitAsync("meppel");
        await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", BesluitvormingApi.FirstWaitingOn(status), new { versieHash = status.GetProperty("versie").GetProperty("hash").GetString() });
        var blob = azurite.Blobs.GetBlobContainerClient(AuditTrailStore.Container).GetAppendBlobClient($"{id}.jsonl");
        var lines = (await blob.DownloadContentAsync()).Value.Content.ToString().TrimEnd('\n').Split('\n').ToList();
        Assert.Equal(3, lines.Count);

        switch (tampering)
        {
            case "changed":
                lines[index] = lines[index].Replace("\"indienen\"", "\"indienem\"");
                break;
            case "removed":
                lines.RemoveAt(index);
                break;
            case "swapped":
                (lines[index], lines[index + 1]) = (lines[index + 1], lines[index]);
                break;
        }

        // An attacker with storage access rewrites the blob; in Azure an immutability policy prevents this.
        await blob.DeleteAsync();
        await blob.CreateAsync();
        await blob.AppendBlockAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")));

        var trail = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/audit", auteur);
        Assert.False(trail.GetProperty("geldig").GetBoolean());
        Assert.Equal(index, trail.GetProperty("eersteFout").GetInt32());
    }

    [Fact]
    public async Task AddBijlage_HandvestAfterAParaaf_NewVersionParaafLapsesAndEditKeepsIt()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, auteur, status) = await api.CreateAndSubmitAsync("meppel");
        status = await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", BesluitvormingApi.FirstWaitingOn(status), new { versieHash = status.GetProperty("versie").GetProperty("hash").GetString() });
        Assert.Equal("afgerond", status.GetProperty("route")[0].GetProperty("toestand").GetString());
        var handvest = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "templates", "default", "handvest.docx"));

        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/dossiers/{id}/bijlagen/handvest-sswzm.docx") { Content = new ByteArrayContent(handvest) };
        upload.Headers.Add("X-Dev-User", auteur);
        upload.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Parse(status.GetProperty("eTag").GetString()!));
        using var response = await app.CreateClient().SendAsync(upload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, after.GetProperty("versie").GetProperty("nummer").GetInt32());
        Assert.NotEqual("afgerond", after.GetProperty("route")[0].GetProperty("toestand").GetString());
        using var stored = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/handvest-sswzm.docx", auteur);
        Assert.Equal(handvest, await stored.Content.ReadAsByteArrayAsync());

        var velden = BesluitvormingApi.Velden();
        velden["samenvatting"] = "Met bijlage.";
        var edited = await api.JsonAsync(HttpMethod.Put, $"/api/dossiers/{id}", auteur, new { velden }, after.GetProperty("eTag").GetString());
        using var kept = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/handvest-sswzm.docx?versie={edited.GetProperty("versie").GetProperty("nummer").GetInt32()}", auteur);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Theory]
    [InlineData("macro", "MacroEnabled")]
    [InlineData("billion-laughs", "DocumentTypeDefinition")]
    [InlineData("xxe", "DocumentTypeDefinition")]
    public async Task AddBijlage_HostileDocx_RejectedWithReasonCodeAndNothingChanged(string soort, string reasonCode)
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dossier = await api.CreateAsync("meppel");
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;
        using var hostile = new MemoryStream();
        hostile.Write(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "templates", "default", "handvest.docx")));
        using (var zip = new System.IO.Compression.ZipArchive(hostile, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            if (soort == "macro")
            {
                await using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
                entry.Write("macro"u8);
            }
            else
            {
                // The main document with a DTD in front: entity expansion (billion laughs) or an external entity (XXE).
                var document = zip.GetEntry("word/document.xml")!;
                string xml;
                using (var reader = new StreamReader(document.Open()))
                {
                    xml = await reader.ReadToEndAsync();
                }

                var dtd = soort == "xxe"
                    ? "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    : "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
                var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
                document.Delete();
                await using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                await writer.WriteAsync(xml[..declarationEnd] + dtd + xml[declarationEnd..]);
            }
        }

        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/dossiers/{id}/bijlagen/handvest.docx") { Content = new ByteArrayContent(hostile.ToArray()) };
        upload.Headers.Add("X-Dev-User", auteur);
        using var response = await app.CreateClient().SendAsync(upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reasonCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reasonCode").GetString());
        Assert.Equal(1, (await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}", auteur)).GetProperty("versie").GetProperty("nummer").GetInt32());
    }

    [Fact]
    public async Task Create_ByAPortefeuillehouder_ForbiddenAndAuditedInTheGemeenteTrail()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var wethouder = BesluitvormingApi.Sample.PersonenMetRol("bedum", Rol.Portefeuillehouder).First();

        using var response = await api.SendAsync(HttpMethod.Post, "/api/dossiers", wethouder.Id, new { onderwerp = "Zelf opgesteld", portefeuille = wethouder.Portefeuilles[0], velden = BesluitvormingApi.Velden() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var trail = AuditLog.Parse((await azurite.Blobs.GetBlobContainerClient(AuditTrailStore.Container).GetBlobClient("gemeente-bedum.jsonl").DownloadContentAsync()).Value.Content.ToString());
        Assert.True(trail.Verification.IsValid);
        Assert.Contains(trail.Entries, e => e.Actor == wethouder.Id && e.Action == "aanmaken" && e.Result == AuditResult.Denied);
    }
}
