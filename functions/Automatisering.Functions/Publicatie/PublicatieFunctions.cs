using System.Text.Json;
using Automatisering.Domain.Publicatie;
using Automatisering.Functions.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Publicatie;

/// <summary>
/// The open publication of the colleges' public decisions, without sign-in: Popolo JSON as Open Raadsinformatie
/// shapes it (events, motions), the Atom feed, the Woo sitemap per publisher and the JSON schemas the answers claim.
/// They read only the publication records (<see cref="PublicatieService"/>), which never hold a confidential item.
/// </summary>
public sealed class PublicatieFunctions(PublicatieService publicatie, OpenRaadsinformatie ori, Organisatie organisatie)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function("OpenbaarEvents")]
    [AllowAnonymous]
    public async Task<IResult> Events([HttpTrigger(Anonymous, "get", Route = "openbaar/{gemeente}/events")] HttpRequest req, string gemeente, CancellationToken ct)
    {
        if (publicatie.Gemeente(gemeente) is not { } g)
        {
            return OnbekendeGemeente(gemeente);
        }

        return Json(ori.Events(g, await publicatie.BesluitenAsync(g.Slug, null, ct)));
    }

    [Function("OpenbaarEvent")]
    [AllowAnonymous]
    public async Task<IResult> Event([HttpTrigger(Anonymous, "get", Route = "openbaar/{gemeente}/events/{datum}")] HttpRequest req, string gemeente, string datum, CancellationToken ct)
    {
        var dag = req.RouteDate("datum", datum);
        if (publicatie.Gemeente(gemeente) is not { } g)
        {
            return OnbekendeGemeente(gemeente);
        }

        var besluiten = await publicatie.BesluitenAsync(g.Slug, dag, ct);
        return besluiten.Count == 0
            ? TypedResults.Problem(title: "Niet gevonden", detail: $"Er zijn geen openbare besluiten van {g.Naam} uit de vergadering van {dag:dd-MM-yyyy}.", statusCode: StatusCodes.Status404NotFound)
            : Json(ori.Event(g, dag, besluiten));
    }

    [Function("OpenbaarMotions")]
    [AllowAnonymous]
    public async Task<IResult> Motions([HttpTrigger(Anonymous, "get", Route = "openbaar/{gemeente}/motions")] HttpRequest req, string gemeente, CancellationToken ct)
    {
        if (publicatie.Gemeente(gemeente) is not { } g)
        {
            return OnbekendeGemeente(gemeente);
        }

        return Json(ori.Motions(g, await publicatie.BesluitenAsync(g.Slug, null, ct)));
    }

    [Function("OpenbaarFeed")]
    [AllowAnonymous]
    public async Task<IResult> Feed([HttpTrigger(Anonymous, "get", Route = "openbaar/{gemeente}/feed")] HttpRequest req, string gemeente, CancellationToken ct)
    {
        if (publicatie.Gemeente(gemeente) is not { } g)
        {
            return OnbekendeGemeente(gemeente);
        }

        return TypedResults.Text(ori.Feed(g, await publicatie.BesluitenAsync(g.Slug, null, ct)), "application/atom+xml; charset=utf-8");
    }

    [Function("OpenbaarSitemap")]
    [AllowAnonymous]
    public async Task<IResult> Sitemap([HttpTrigger(Anonymous, "get", Route = "openbaar/{gemeente}/sitemap.xml")] HttpRequest req, string gemeente, CancellationToken ct)
    {
        if (publicatie.Gemeente(gemeente) is not { } g)
        {
            return OnbekendeGemeente(gemeente);
        }

        return Xml(ori.Sitemap(g, await publicatie.BesluitenAsync(g.Slug, null, ct)));
    }

    [Function("OpenbaarSitemapIndex")]
    [AllowAnonymous]
    public IResult SitemapIndex([HttpTrigger(Anonymous, "get", Route = "openbaar/sitemap.xml")] HttpRequest req) =>
        Xml(ori.SitemapIndex(organisatie.Config.Gemeenten));

    [Function("OpenbaarSchema")]
    [AllowAnonymous]
    public IResult Schema([HttpTrigger(Anonymous, "get", Route = "openbaar/schemas/{naam}.json")] HttpRequest req, string naam) =>
        OpenRaadsinformatie.SchemaTekst(naam) is { } schema
            ? TypedResults.Text(schema, "application/schema+json; charset=utf-8")
            : TypedResults.Problem(title: "Niet gevonden", detail: $"Er is geen schema '{naam}'; wel: {string.Join(", ", OpenRaadsinformatie.Schemas)}.", statusCode: StatusCodes.Status404NotFound);

    private static IResult Json(System.Text.Json.Nodes.JsonObject body) =>
        TypedResults.Text(body.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), "application/json; charset=utf-8");

    private static IResult Xml(System.Xml.Linq.XDocument document) =>
        TypedResults.Text(document.Declaration + Environment.NewLine + document.ToString(), "application/xml; charset=utf-8");

    private static IResult OnbekendeGemeente(string gemeente) =>
        TypedResults.Problem(title: "Niet gevonden", detail: $"Er is geen gemeente '{gemeente}'.", statusCode: StatusCodes.Status404NotFound);
}
