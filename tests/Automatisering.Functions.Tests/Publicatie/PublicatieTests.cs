using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Automatisering.Domain.Publicatie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;

namespace Automatisering.Functions.Tests.Publicatie;

/// <summary>
/// The public publication end to end: decisions recorded through the API, the besluiten queue's function run as the
/// host would, and the anonymous endpoints read as an aggregator would (schemas, Atom, the Woo sitemap).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PublicatieTests(AzuriteFixture azurite)
{
    private const string Gemeente = "winsum";
    private static readonly XNamespace Sitemap = OpenRaadsinformatie.SitemapNamespace;
    private static readonly XNamespace DiWoo = OpenRaadsinformatie.DiWooNamespace;

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private FunctionsAppFactory App() => new FunctionsAppFactory(azurite).WithoutTriggers()
        .WithServices(services => services.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task BesluitVerwerken_PublicAndConfidentialConform_OnlyPublicOnApiFeedAndSitemap()
    {
        await using var app = App();
        var client = app.Start();
        var publicatie = new PublicatieApi(app, new BesluitvormingApi(client, _clock));
        var datum = BesluitvormingApi.Vergadering(Gemeente, _clock.Now, 1);
        var openbaar = await publicatie.GeagendeerdAsync(Gemeente, datum, "ja");
        var vertrouwelijk = await publicatie.GeagendeerdAsync(Gemeente, datum, "nee");
        var geheim = await publicatie.GeagendeerdAsync(Gemeente, datum, "ja", JsonValue.Create(true));
        var leeg = await publicatie.GeagendeerdAsync(Gemeente, datum, " Nee "); // written otherwise, still no
        foreach (var (id, _) in new[] { openbaar, vertrouwelijk, geheim, leeg })
        {
            await publicatie.Api.DecideAsync(Gemeente, datum, id);
            await publicatie.VerwerkAsync(id);
        }

        var anoniem = app.CreateClient();
        var ev = await JsonAsync(anoniem, $"/api/openbaar/{Gemeente}/events/{datum:yyyy-MM-dd}");
        var motions = await JsonAsync(anoniem, $"/api/openbaar/{Gemeente}/motions");
        var events = await JsonAsync(anoniem, $"/api/openbaar/{Gemeente}/events");
        var feedXml = await anoniem.GetStringAsync($"/api/openbaar/{Gemeente}/feed");
        var sitemapXml = await anoniem.GetStringAsync($"/api/openbaar/{Gemeente}/sitemap.xml");

        // The public item: agenda item, decision (Conform: pass, the conceptbesluit's text) and its document with Woo metadata.
        var motion = Assert.Single(ev["motions"]!.AsArray(), m => (string?)m!["name"] == openbaar.Onderwerp)!;
        Assert.Equal(("pass", "Conform", "besluit"), ((string?)motion["result"], (string?)motion["uitkomst"], (string?)motion["classification"]));
        Assert.Contains("terugkoppeling van de bestuursopdracht", (string?)motion["text"]);
        var item = Assert.Single(ev["agenda"]!.AsArray(), a => (string?)a!["name"] == openbaar.Onderwerp)!;
        Assert.Equal((string?)motion["id"], (string?)item["motion_id"]);
        var document = Assert.Single(ev["attachment"]!.AsArray(), d => ((string?)d!["name"])!.Contains(openbaar.Onderwerp, StringComparison.Ordinal))!;
        var woo = document["woo"]!;
        Assert.Equal(("besluit", "besluit", "nl", "gemeente Winsum"),
            ((string?)woo["informatiecategorie"], (string?)woo["documentsoort"], (string?)woo["taal"]!["code"], (string?)woo["publisher"]!["label"]));
        Assert.Equal(datum.ToString("yyyy-MM-dd"), (string?)woo["creatiedatum"]);
        Assert.Contains(ev["attachment"]!.AsArray(), d => (string?)d!["woo"]!["informatiecategorie"] == "vergaderstukken");
        Assert.Contains(motions["motions"]!.AsArray(), m => (string?)m!["name"] == openbaar.Onderwerp);
        Assert.Contains(events["events"]!.AsArray(), e => (string?)e!["id"] == (string?)ev["id"]);

        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(feedXml)));
        var entry = Assert.Single(feed.Items, i => i.Title.Text.Contains(openbaar.Onderwerp, StringComparison.Ordinal));
        Assert.Equal("Besluit conform: " + openbaar.Onderwerp, entry.Title.Text);
        Assert.Contains(entry.Categories, c => c.Name == "besluit" && c.Scheme == PubliekDocument.CategorieResource);
        Assert.Equal($"/openbaar/{Gemeente}/{datum:yyyy-MM-dd}", Assert.Single(entry.Links).Uri.AbsolutePath);

        var sitemap = XDocument.Parse(sitemapXml);
        var url = Assert.Single(sitemap.Root!.Elements(Sitemap + "url"), u => u.Descendants(DiWoo + "officieleTitel").Single().Value.Contains(openbaar.Onderwerp, StringComparison.Ordinal));
        var diwoo = url.Element(DiWoo + "Document")!.Element(DiWoo + "DiWoo")!;
        Assert.Equal(PubliekDocument.CategorieResource, (string?)diwoo.Descendants(DiWoo + "informatiecategorie").Single().Attribute("resource"));
        Assert.Equal("gemeente Winsum", diwoo.Element(DiWoo + "publisher")!.Value);
        Assert.Equal("https://identifier.overheid.nl/tooi/id/gemeente/gm0053", (string?)diwoo.Element(DiWoo + "publisher")!.Attribute("resource"));
        Assert.Equal(PubliekDocument.TaalResource, (string?)diwoo.Element(DiWoo + "language")!.Attribute("resource"));

        // Not public (nee, geheim, or not said): in none of them, not even by its subject.
        foreach (var onderwerp in new[] { vertrouwelijk.Onderwerp, geheim.Onderwerp, leeg.Onderwerp })
        {
            Assert.DoesNotContain(onderwerp, ev.ToJsonString());
            Assert.DoesNotContain(onderwerp, motions.ToJsonString());
            Assert.DoesNotContain(onderwerp, feedXml);
            Assert.DoesNotContain(onderwerp, sitemapXml);
        }

        foreach (var id in new[] { vertrouwelijk.Id, geheim.Id, leeg.Id })
        {
            Assert.False(await azurite.Blobs.GetBlobContainerClient(PublicatieService.Container).GetBlobClient($"{Gemeente}/{datum:yyyy-MM-dd}/{id}.json").ExistsAsync());
        }
    }

    [Fact]
    public async Task OpenbaarApi_EveryAnswer_ValidAgainstTheSchemaItClaims()
    {
        await using var app = App();
        var client = app.Start();
        var publicatie = new PublicatieApi(app, new BesluitvormingApi(client, _clock));
        var datum = BesluitvormingApi.Vergadering(Gemeente, _clock.Now, 2);
        var (id, _) = await publicatie.GeagendeerdAsync(Gemeente, datum, "ja");
        await publicatie.Api.DecideAsync(Gemeente, datum, id);
        await publicatie.VerwerkAsync(id);

        var anoniem = app.CreateClient();
        foreach (var pad in new[] { $"events/{datum:yyyy-MM-dd}", "events", "motions" })
        {
            var antwoord = await JsonAsync(anoniem, $"/api/openbaar/{Gemeente}/{pad}");
            var naam = new Uri((string)antwoord["$schema"]!).Segments[^1];
            var schema = await JsonSchema.FromJsonAsync(await anoniem.GetStringAsync($"/api/openbaar/schemas/{naam}"));
            var fouten = schema.Validate(antwoord.ToJsonString());
            Assert.True(fouten.Count == 0, $"{pad} against {naam}: {string.Join("; ", fouten.Select(f => $"{f.Path}: {f.Kind}"))}");

            // The schema can fail: without a required Popolo field the same answer is refused.
            var zonder = JsonNode.Parse(antwoord.ToJsonString())!.AsObject();
            zonder["organization"]!.AsObject().Remove("name");
            Assert.NotEmpty(schema.Validate(zonder.ToJsonString()));
        }
    }

    [Fact]
    public async Task BesluitVerwerken_CorrectedDecision_CorrectionOnApiAndFeed()
    {
        await using var app = App();
        var client = app.Start();
        var publicatie = new PublicatieApi(app, new BesluitvormingApi(client, _clock));
        var datum = BesluitvormingApi.Vergadering(Gemeente, _clock.Now, 3);
        var (id, onderwerp) = await publicatie.GeagendeerdAsync(Gemeente, datum, "ja");
        await publicatie.Api.DecideAsync(Gemeente, datum, id);
        await publicatie.VerwerkAsync(id);
        _clock.Now = _clock.Now.AddHours(2);
        await publicatie.Api.JsonAsync(HttpMethod.Post, $"/api/vergaderingen/{Gemeente}/{datum:yyyy-MM-dd}/besluiten/{id}/correctie", PublicatieApi.Secretariaat(Gemeente), new
        {
            uitkomst = "nietAkkoord",
            reden = "Het college ging niet akkoord; Conform was verkeerd vastgelegd.",
        });
        await publicatie.VerwerkAsync(id, 2);

        var anoniem = app.CreateClient();
        var ev = await JsonAsync(anoniem, $"/api/openbaar/{Gemeente}/events/{datum:yyyy-MM-dd}");
        var motion = Assert.Single(ev["motions"]!.AsArray(), m => (string?)m!["name"] == onderwerp)!;
        Assert.Equal(("fail", "Niet akkoord"), ((string?)motion["result"], (string?)motion["uitkomst"]));
        var correctie = Assert.Single(motion["corrections"]!.AsArray())!;
        Assert.Equal(("Conform", "Het college ging niet akkoord; Conform was verkeerd vastgelegd."), ((string?)correctie["previous_result"], (string?)correctie["reason"]));

        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(await anoniem.GetStringAsync($"/api/openbaar/{Gemeente}/feed"))));
        var entry = Assert.Single(feed.Items, i => i.Title.Text.Contains(onderwerp, StringComparison.Ordinal));
        Assert.Equal("Gecorrigeerd: Besluit niet akkoord: " + onderwerp, entry.Title.Text);
        Assert.Contains("Conform was verkeerd vastgelegd", ((TextSyndicationContent)entry.Summary).Text);
        Assert.True(entry.LastUpdatedTime > entry.PublishDate);
    }

    [Fact]
    public async Task BesluitVerwerken_SameDecisionTwice_RecordWrittenOnce()
    {
        await using var app = App();
        var client = app.Start();
        var publicatie = new PublicatieApi(app, new BesluitvormingApi(client, _clock));
        var datum = BesluitvormingApi.Vergadering(Gemeente, _clock.Now, 4);
        var (id, _) = await publicatie.GeagendeerdAsync(Gemeente, datum, "ja");
        await publicatie.Api.DecideAsync(Gemeente, datum, id);
        var blob = azurite.Blobs.GetBlobContainerClient(PublicatieService.Container).GetBlobClient($"{Gemeente}/{datum:yyyy-MM-dd}/{id}.json");

        await publicatie.VerwerkAsync(id);
        var eerste = (await blob.GetPropertiesAsync()).Value.ETag;
        await publicatie.VerwerkAsync(id);

        Assert.Equal(eerste, (await blob.GetPropertiesAsync()).Value.ETag);
    }

    [Fact]
    public async Task OpenbaarApi_UnknownGemeenteOrMeeting_DutchNotFound()
    {
        await using var app = App();
        var anoniem = app.Start();

        using var gemeente = await anoniem.GetAsync("/api/openbaar/atlantis/events");
        using var vergadering = await anoniem.GetAsync($"/api/openbaar/{Gemeente}/events/1999-01-05");
        using var datum = await anoniem.GetAsync($"/api/openbaar/{Gemeente}/events/gisteren");

        Assert.Equal(HttpStatusCode.NotFound, gemeente.StatusCode);
        Assert.Contains("Er is geen gemeente", await gemeente.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, vergadering.StatusCode);
        Assert.Contains("geen openbare besluiten", await vergadering.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, datum.StatusCode);
    }

    private static async Task<JsonObject> JsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
