using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Automatisering.Domain.Besluitvorming;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Publicatie;

/// <summary>
/// The public decisions in the shapes aggregators read: Popolo as Open Raadsinformatie uses it (an
/// <c>Organization</c> per college, an <c>Event</c> per meeting with <c>AgendaItem</c>s, a <c>Motion</c> per
/// decision, a <c>MediaObject</c> per document), an Atom feed, and a Woo sitemap with DiWoo metadata per document.
/// Every response names the JSON schema it follows (<c>$schema</c>, served under <c>openbaar/schemas/</c>).
/// </summary>
public sealed class OpenRaadsinformatie(IOptions<PublicatieOptions> options)
{
    public const string DiWooNamespace = "https://standaarden.overheid.nl/diwoo/metadata/";
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private PublicatieOptions Urls => options.Value;

    public string WebVergadering(string gemeente, DateOnly datum) => $"{Urls.Web}/openbaar/{gemeente}/{datum:yyyy-MM-dd}";

    public string WebBesluit(PubliekBesluit b) => $"{WebVergadering(b.Gemeente, b.Vergaderdatum)}#punt-{b.Agendanummer}";

    public string WebGemeente(string gemeente) => $"{Urls.Web}/openbaar/{gemeente}";

    public string Api(string gemeente, string pad) => $"{Urls.Api}/openbaar/{gemeente}/{pad}";

    public string Schema(string naam) => $"{Urls.Api}/openbaar/schemas/{naam}.json";

    /// <summary>The names of the schemas the API claims (events, event, motions).</summary>
    public static IReadOnlyList<string> Schemas { get; } = ["events", "event", "motions"];

    /// <summary>A schema's text, or null for an unknown name.</summary>
    public static string? SchemaTekst(string naam)
    {
        if (!Schemas.Contains(naam, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = typeof(OpenRaadsinformatie).Assembly.GetManifestResourceStream($"Automatisering.Publicatie.{naam}.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public JsonObject Organisatie(Gemeente gemeente) => new()
    {
        ["@type"] = "Organization",
        ["id"] = Api(gemeente.Slug, "organization"),
        ["name"] = $"College van burgemeester en wethouders van {gemeente.Naam}",
        ["classification"] = "College",
        ["parent_id"] = WebGemeente(gemeente.Slug),
        ["area"] = new JsonObject { ["name"] = gemeente.Naam },
    };

    /// <summary><c>GET openbaar/{gemeente}/events</c>: the meetings with published decisions, newest first.</summary>
    public JsonObject Events(Gemeente gemeente, IReadOnlyList<PubliekBesluit> besluiten) => new()
    {
        ["$schema"] = Schema("events"),
        ["organization"] = Organisatie(gemeente),
        ["events"] = new JsonArray(besluiten.GroupBy(b => b.Vergaderdatum).OrderByDescending(g => g.Key)
            .Select(g => (JsonNode)EventKern(gemeente, g.Key, g.ToList())).ToArray()),
    };

    /// <summary><c>GET openbaar/{gemeente}/events/{datum}</c>: one meeting with its agenda items, decisions and documents.</summary>
    public JsonObject Event(Gemeente gemeente, DateOnly datum, IReadOnlyList<PubliekBesluit> besluiten)
    {
        var ev = EventKern(gemeente, datum, besluiten);
        ev["$schema"] = Schema("event");
        ev["organization"] = Organisatie(gemeente);
        ev["agenda"] = new JsonArray(besluiten.OrderBy(b => b.Volgorde).Select(b => (JsonNode)AgendaItem(b)).ToArray());
        ev["motions"] = new JsonArray(besluiten.OrderBy(b => b.Volgorde).Select(b => (JsonNode)Motion(b)).ToArray());
        ev["attachment"] = new JsonArray(Documenten(gemeente, datum, besluiten).Select(d => (JsonNode)MediaObject(d)).ToArray());
        return ev;
    }

    /// <summary><c>GET openbaar/{gemeente}/motions</c>: every published decision, newest meeting first.</summary>
    public JsonObject Motions(Gemeente gemeente, IReadOnlyList<PubliekBesluit> besluiten) => new()
    {
        ["$schema"] = Schema("motions"),
        ["organization"] = Organisatie(gemeente),
        ["motions"] = new JsonArray(besluiten.Select(b => (JsonNode)Motion(b)).ToArray()),
    };

    /// <summary>The public documents of one meeting: its besluitenlijst, and the decision of every public item.</summary>
    public IReadOnlyList<PubliekDocument> Documenten(Gemeente gemeente, DateOnly datum, IReadOnlyList<PubliekBesluit> besluiten)
    {
        if (besluiten.Count == 0)
        {
            return [];
        }

        // The publisher by its TOOI identifier, as the Woo index (DiWoo) expects; a web address when the code is not configured.
        var publisher = $"gemeente {gemeente.Naam}";
        var verantwoordelijke = $"college van burgemeester en wethouders van {gemeente.Naam}";
        var lijstUrl = WebVergadering(gemeente.Slug, datum);
        var documenten = new List<PubliekDocument>
        {
            new(lijstUrl, lijstUrl, $"Besluitenlijst collegevergadering {gemeente.Naam} {datum.ToString("d MMMM yyyy", Nl)}", "besluitenlijst", "vergaderstukken",
                "text/html", datum, besluiten.Min(b => b.GepubliceerdOp), besluiten.Max(b => b.GewijzigdOp), publisher, gemeente.TooiUri ?? WebGemeente(gemeente.Slug), verantwoordelijke,
                [("vaststelling", besluiten.Min(b => b.GepubliceerdOp)), .. besluiten.Where(b => b.IsGecorrigeerd).Select(b => ("correctie", b.GewijzigdOp))]),
        };
        documenten.AddRange(besluiten.OrderBy(b => b.Volgorde).Select(b => new PubliekDocument(
            WebBesluit(b), WebBesluit(b), Titel(b), "besluit", "besluit", "text/html", b.Vergaderdatum, b.GepubliceerdOp, b.GewijzigdOp,
            publisher, gemeente.TooiUri ?? WebGemeente(gemeente.Slug), verantwoordelijke,
            [("vaststelling", b.GepubliceerdOp), .. b.Correcties.Select(c => ("correctie", c.GecorrigeerdOp))])));
        return documenten;
    }

    public static string Titel(PubliekBesluit b) =>
        $"{(b.IsGecorrigeerd ? "Gecorrigeerd: " : "")}Besluit {b.Uitkomst.Label().ToLower(Nl)}: {b.Onderwerp}";

    /// <summary>The Atom feed of the municipality's published decisions; a correction updates its entry and says so.</summary>
    public string Feed(Gemeente gemeente, IReadOnlyList<PubliekBesluit> besluiten)
    {
        var feed = new SyndicationFeed(
            $"Besluiten college van B&W {gemeente.Naam}",
            $"Openbare besluiten van het college van burgemeester en wethouders van {gemeente.Naam}",
            new Uri(WebGemeente(gemeente.Slug)),
            Api(gemeente.Slug, "feed"),
            besluiten.Count == 0 ? DateTimeOffset.UnixEpoch : besluiten.Max(b => b.GewijzigdOp))
        {
            Language = "nl",
        };
        feed.Links.Add(new SyndicationLink(new Uri(Api(gemeente.Slug, "feed")), "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = $"Gemeente {gemeente.Naam}" });
        feed.Items = besluiten.Select(b =>
        {
            var item = new SyndicationItem(Titel(b), Samenvatting(b), new Uri(WebBesluit(b)), $"urn:automatisering:besluit:{b.Sleutel}", b.GewijzigdOp)
            {
                PublishDate = b.GepubliceerdOp,
                Summary = new TextSyndicationContent(Samenvatting(b)),
            };
            item.Categories.Add(new SyndicationCategory(b.Uitkomst.Label(), null, "Uitkomst"));
            item.Categories.Add(new SyndicationCategory("besluit", PubliekDocument.CategorieResource, "Informatiecategorie"));
            if (b.IsGecorrigeerd)
            {
                item.Categories.Add(new SyndicationCategory("correctie"));
            }

            return item;
        }).ToList();

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>The Woo sitemap of one publisher: every published document with its DiWoo metadata.</summary>
    public XDocument Sitemap(Gemeente gemeente, IReadOnlyList<PubliekBesluit> besluiten)
    {
        XNamespace sm = SitemapNamespace;
        XNamespace diwoo = DiWooNamespace;
        var documenten = besluiten.GroupBy(b => b.Vergaderdatum).SelectMany(g => Documenten(gemeente, g.Key, g.ToList()));
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(sm + "urlset",
                new XAttribute(XNamespace.Xmlns + "diwoo", DiWooNamespace),
                documenten.Select(d => new XElement(sm + "url",
                    new XElement(sm + "loc", d.Url),
                    new XElement(sm + "lastmod", d.GewijzigdOp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                    new XElement(diwoo + "Document",
                        new XElement(diwoo + "DiWoo",
                            new XElement(diwoo + "creatiedatum", d.Creatiedatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                            new XElement(diwoo + "publisher", new XAttribute("resource", d.PublisherResource), d.Publisher),
                            new XElement(diwoo + "verantwoordelijke", new XAttribute("resource", d.PublisherResource), d.Verantwoordelijke),
                            new XElement(diwoo + "format", new XAttribute("resource", "http://publications.europa.eu/resource/authority/file-type/HTML"), "html"),
                            new XElement(diwoo + "language", new XAttribute("resource", PubliekDocument.TaalResource), PubliekDocument.TaalLabel),
                            new XElement(diwoo + "titelcollectie", new XElement(diwoo + "officieleTitel", d.OfficieleTitel)),
                            new XElement(diwoo + "classificatiecollectie",
                                new XElement(diwoo + "documentsoorten", new XElement(diwoo + "documentsoort", d.Documentsoort)),
                                new XElement(diwoo + "informatiecategorieen",
                                    new XElement(diwoo + "informatiecategorie", new XAttribute("resource", PubliekDocument.CategorieResource), PubliekDocument.CategorieLabel))),
                            new XElement(diwoo + "documenthandelingen", d.Documenthandelingen.Select(h => new XElement(diwoo + "documenthandeling",
                                new XElement(diwoo + "soortHandeling", h.Soort),
                                new XElement(diwoo + "atTime", h.Op.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                                new XElement(diwoo + "wasAssociatedWith", d.Verantwoordelijke))))))))));
    }

    /// <summary>The index of the per-publisher sitemaps, for the Woo index to start from.</summary>
    public XDocument SitemapIndex(IEnumerable<Gemeente> gemeenten)
    {
        XNamespace sm = SitemapNamespace;
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(sm + "sitemapindex", gemeenten.Select(g => new XElement(sm + "sitemap", new XElement(sm + "loc", Api(g.Slug, "sitemap.xml"))))));
    }

    public JsonObject MediaObject(PubliekDocument d) => new()
    {
        ["@type"] = "MediaObject",
        ["id"] = d.Id,
        ["name"] = d.OfficieleTitel,
        ["url"] = d.Url,
        ["content_type"] = d.ContentType,
        ["date_modified"] = d.GewijzigdOp,
        ["woo"] = new JsonObject
        {
            ["officieleTitel"] = d.OfficieleTitel,
            ["publisher"] = new JsonObject { ["resource"] = d.PublisherResource, ["label"] = d.Publisher },
            ["verantwoordelijke"] = new JsonObject { ["resource"] = d.PublisherResource, ["label"] = d.Verantwoordelijke },
            ["creatiedatum"] = d.Creatiedatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["openbaarmakingsdatum"] = d.Openbaarmakingsdatum,
            ["informatiecategorie"] = d.Informatiecategorie,
            ["informatiecategorieen"] = new JsonArray(new JsonObject { ["resource"] = PubliekDocument.CategorieResource, ["label"] = PubliekDocument.CategorieLabel }),
            ["documentsoort"] = d.Documentsoort,
            ["taal"] = new JsonObject { ["code"] = PubliekDocument.Taal, ["resource"] = PubliekDocument.TaalResource, ["label"] = PubliekDocument.TaalLabel },
            ["format"] = d.ContentType,
            ["documenthandelingen"] = new JsonArray(d.Documenthandelingen.Select(h => (JsonNode)new JsonObject { ["soortHandeling"] = h.Soort, ["atTime"] = h.Op }).ToArray()),
        },
    };

    private JsonObject EventKern(Gemeente gemeente, DateOnly datum, IReadOnlyList<PubliekBesluit> besluiten)
    {
        var eerste = besluiten.FirstOrDefault();
        var tijd = TimeOnly.TryParse(eerste?.Tijd, CultureInfo.InvariantCulture, out var t) ? t : new TimeOnly(9, 0);
        return new JsonObject
        {
            ["@type"] = "Event",
            ["id"] = Api(gemeente.Slug, $"events/{datum:yyyy-MM-dd}"),
            ["name"] = $"Collegevergadering {gemeente.Naam} {datum.ToString("d MMMM yyyy", Nl)}",
            ["classification"] = "Collegevergadering",
            ["start_date"] = NederlandseTijd.Moment(datum, tijd),
            ["location"] = eerste?.Plaats,
            ["organization_id"] = Api(gemeente.Slug, "organization"),
            ["status"] = "completed",
            ["url"] = WebVergadering(gemeente.Slug, datum),
        };
    }

    private JsonObject AgendaItem(PubliekBesluit b) => new()
    {
        ["@type"] = "AgendaItem",
        ["id"] = Api(b.Gemeente, $"events/{b.Vergaderdatum:yyyy-MM-dd}#agendapunt-{b.Agendanummer}"),
        ["name"] = b.Onderwerp,
        ["position"] = b.Volgorde,
        ["parent_id"] = Api(b.Gemeente, $"events/{b.Vergaderdatum:yyyy-MM-dd}"),
        ["classification"] = b.Soort == AgendapuntSoort.Hamerstuk ? "Hamerstuk" : "Bespreekstuk",
        ["motion_id"] = MotionId(b),
        ["attachment"] = new JsonArray(WebBesluit(b)),
    };

    private JsonObject Motion(PubliekBesluit b) => new()
    {
        ["@type"] = "Motion",
        ["id"] = MotionId(b),
        ["name"] = b.Onderwerp,
        ["identifier"] = b.Registratienummer,
        ["organization_id"] = Api(b.Gemeente, "organization"),
        ["legislative_session_id"] = Api(b.Gemeente, $"events/{b.Vergaderdatum:yyyy-MM-dd}"),
        ["classification"] = "besluit",
        ["date"] = b.Vergaderdatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["text"] = b.Besluittekst ?? b.Uitkomst.Label(),
        ["result"] = b.Uitkomst switch
        {
            BesluitUitkomst.Conform or BesluitUitkomst.Gewijzigd => "pass",
            BesluitUitkomst.NietAkkoord => "fail",
            _ => "deferred",
        },
        ["uitkomst"] = b.Uitkomst.Label(),
        ["agendanummer"] = b.Agendanummer,
        ["portefeuille"] = b.Portefeuille,
        ["besluitpunten"] = new JsonArray(b.Besluitpunten.Select(p => (JsonNode)new JsonObject
        {
            ["nr"] = p.Nr,
            ["tekst"] = p.Tekst,
            ["intentie"] = new JsonArray(p.Intentie.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
            ["subpunten"] = new JsonArray(p.Subpunten.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
        }).ToArray()),
        ["aangehouden_tot"] = b.AangehoudenTot?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["date_modified"] = b.GewijzigdOp,
        ["corrections"] = new JsonArray(b.Correcties.Select(c => (JsonNode)new JsonObject
        {
            ["date"] = c.GecorrigeerdOp,
            ["reason"] = c.Reden,
            ["previous_result"] = c.VorigeUitkomst.Label(),
            ["previous_text"] = c.VorigeBesluittekst,
        }).ToArray()),
        ["url"] = WebBesluit(b),
        ["sources"] = new JsonArray(new JsonObject { ["url"] = WebVergadering(b.Gemeente, b.Vergaderdatum), ["note"] = "Besluitenlijst" }),
    };

    private string MotionId(PubliekBesluit b) => Api(b.Gemeente, $"motions/{b.Vergaderdatum:yyyy-MM-dd}/{b.DossierId}");

    private static string Samenvatting(PubliekBesluit b)
    {
        var tekst = $"Collegevergadering {b.GemeenteNaam} {b.Vergaderdatum.ToString("d MMMM yyyy", Nl)}, agendapunt {b.Agendanummer}. Besluit: {b.Uitkomst.Label()}.";
        if (b.Besluittekst is { Length: > 0 } besluit)
        {
            tekst += " " + besluit;
        }

        if (b.Correcties.LastOrDefault() is { } correctie)
        {
            tekst += $" Gecorrigeerd op {correctie.GecorrigeerdOp.ToString("d MMMM yyyy", Nl)} (was: {correctie.VorigeUitkomst.Label()}){(string.IsNullOrWhiteSpace(correctie.Reden) ? "" : "; reden: " + correctie.Reden)}.";
        }

        return tekst;
    }
}
