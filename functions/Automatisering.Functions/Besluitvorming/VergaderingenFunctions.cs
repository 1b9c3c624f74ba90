using System.Security.Claims;
using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Besluitvorming;

/// <summary>
/// The college secretariat's meeting tools: the calendar (regular, extra and cancelled meetings, the agenda
/// deadline), the order of an agenda, moving an item to another meeting, attendance, and correcting a decision.
/// </summary>
public sealed class VergaderingenFunctions(DossierService service, VergaderkalenderService kalenders, Organisatie org, TimeProvider time)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function("Vergaderkalender")]
    public async Task<IResult> Vergaderkalender([HttpTrigger(Anonymous, "get", Route = "vergaderingen/{gemeente}")] HttpRequest req, string gemeente, CancellationToken ct) =>
        await Kalender(gemeente, req.HttpContext.User, ct);

    [Function("VergaderingToevoegen")]
    [JsonBody(typeof(VergaderingToevoegenRequest))]
    public async Task<IResult> VergaderingToevoegen([HttpTrigger(Anonymous, "post", Route = "vergaderingen/{gemeente}")] HttpRequest req, string gemeente, CancellationToken ct)
    {
        var request = await req.ReadJsonAsync<VergaderingToevoegenRequest>(ct);
        var errors = new Dictionary<string, string[]>();
        if (request.Datum is null) errors["datum"] = ["Kies de datum van de extra vergadering."];
        if (string.IsNullOrWhiteSpace(request.Reden)) errors["reden"] = ["Vul de reden in."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await kalenders.VoegToeAsync(req.HttpContext.ToHandeling(), gemeente, request.Datum!.Value, request.Tijd, request.Plaats, request.Reden!, ct);
        return await Kalender(gemeente, req.HttpContext.User, ct);
    }

    [Function("VergaderingVervallen")]
    [JsonBody(typeof(VervallenRequest))]
    public async Task<IResult> VergaderingVervallen([HttpTrigger(Anonymous, "post", Route = "vergaderingen/{gemeente}/{datum}/vervallen")] HttpRequest req, string gemeente, string datum, CancellationToken ct)
    {
        var dag = req.RouteDate("datum", datum);
        var request = await req.ReadJsonAsync<VervallenRequest>(ct);
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reden"] = ["Vul de reden in."] });
        }

        await kalenders.LaatVervallenAsync(req.HttpContext.ToHandeling(), gemeente, dag, request.Reden, ct);
        return await Kalender(gemeente, req.HttpContext.User, ct);
    }

    [Function("AgendaVolgorde")]
    [JsonBody(typeof(VolgordeRequest))]
    public async Task<IResult> AgendaVolgorde([HttpTrigger(Anonymous, "put", Route = "vergaderingen/{gemeente}/{datum}/volgorde")] HttpRequest req, string gemeente, string datum, CancellationToken ct)
    {
        var dag = req.RouteDate("datum", datum);
        var request = await req.ReadJsonAsync<VolgordeRequest>(ct);
        if (request.Volgorde is not { Count: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["volgorde"] = ["Geef de dossiers van de agenda in de nieuwe volgorde."] });
        }

        return TypedResults.Ok(await service.HerordenAsync(req.HttpContext.ToHandeling(), gemeente, dag, request.Volgorde, ct));
    }

    [Function("AgendapuntVerplaatsen")]
    [JsonBody(typeof(VerplaatsRequest))]
    public async Task<IResult> AgendapuntVerplaatsen([HttpTrigger(Anonymous, "post", Route = "vergaderingen/{gemeente}/{datum}/verplaatsen")] HttpRequest req, string gemeente, string datum, CancellationToken ct)
    {
        var dag = req.RouteDate("datum", datum);
        var request = await req.ReadJsonAsync<VerplaatsRequest>(ct);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.DossierId)) errors["dossierId"] = ["Kies het agendapunt."];
        if (request.Naar is null) errors["naar"] = ["Kies de vergadering waar het agendapunt naartoe gaat."];
        if (string.IsNullOrWhiteSpace(request.Reden)) errors["reden"] = ["Vul de reden in."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var stored = await service.VerplaatsAsync(req.HttpContext.ToHandeling(), gemeente, dag, request.DossierId!, request.Naar!.Value, request.Reden!, ct);
        return View(req.HttpContext, stored);
    }

    [Function("Aanwezigheid")]
    [JsonBody(typeof(AanwezigheidRequest))]
    public async Task<IResult> Aanwezigheid([HttpTrigger(Anonymous, "put", Route = "vergaderingen/{gemeente}/{datum}/aanwezigheid")] HttpRequest req, string gemeente, string datum, CancellationToken ct)
    {
        var dag = req.RouteDate("datum", datum);
        var request = await req.ReadJsonAsync<AanwezigheidRequest>(ct);
        if (request.Aanwezig is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["aanwezig"] = ["Geef aan wie aanwezig zijn."] });
        }

        return TypedResults.Ok(await service.ZetAanwezigheidAsync(req.HttpContext.ToHandeling(), gemeente, dag, request.Aanwezig, request.Afwezig ?? [], ct));
    }

    [Function("BesluitCorrigeren")]
    [JsonBody(typeof(CorrectieRequest))]
    public async Task<IResult> BesluitCorrigeren([HttpTrigger(Anonymous, "post", Route = "vergaderingen/{gemeente}/{datum}/besluiten/{dossierId}/correctie")] HttpRequest req, string gemeente, string datum, string dossierId, CancellationToken ct)
    {
        var dag = req.RouteDate("datum", datum);
        var request = await req.ReadJsonAsync<CorrectieRequest>(ct);
        var errors = new Dictionary<string, string[]>();
        if (request.Uitkomst is null) errors["uitkomst"] = ["Kies Conform, Gewijzigd of NietAkkoord."];
        if (request.Uitkomst == BesluitUitkomst.Gewijzigd && string.IsNullOrWhiteSpace(request.Tekst) && request.Punten is not { Count: > 0 }) errors["tekst"] = ["Bij Gewijzigd hoort de gewijzigde besluittekst."];
        if (string.IsNullOrWhiteSpace(request.Reden)) errors["reden"] = ["Vul de reden van de correctie in."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var besluit = new Besluit(request.Uitkomst!.Value, request.Tekst, null, request.Punten);
        return View(req.HttpContext, await service.CorrigeerBesluitAsync(req.HttpContext.ToHandeling(), gemeente, dag, dossierId, besluit, request.Reden!, ct));
    }

    private async Task<Ok<VergaderkalenderView>> Kalender(string gemeente, ClaimsPrincipal user, CancellationToken ct)
    {
        var persoon = org.Config.FindPersoon(user.RequirePersonId());
        if (persoon is null || !string.Equals(persoon.Gemeente, gemeente, StringComparison.OrdinalIgnoreCase))
        {
            throw new DossierForbiddenException($"'{persoon?.Id}' werkt niet voor gemeente '{gemeente}'.");
        }

        var kalender = await kalenders.GetAsync(gemeente, ct);
        var now = time.GetUtcNow();
        var vandaag = NederlandseTijd.Datum(now);
        return TypedResults.Ok(new VergaderkalenderView(kalender.Gemeente.Slug, kalender.Rooster, kalender.Kiesbaar(now), kalender.Tussen(vandaag, vandaag.AddDays(90)), kalender.Wijzigingen));
    }

    private Ok<DossierStatusView> View(HttpContext http, Automatisering.Domain.Storage.Stored<Dossier> stored) => DossiersFunctions.View(http, stored, org, time);
}
