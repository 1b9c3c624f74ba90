using System.Security.Claims;
using System.Text.Json;
using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Samenwerking;

/// <summary>
/// The HTTP API of samenwerking: joint proposals (penvoerder and participants), each participant's own dossier, the
/// tracker, the planned process, and the aligned press release (draft, local quotes, approvals, embargo, release).
/// </summary>
public sealed class SamenwerkingFunctions(SamenwerkingService service, Organisatie org, TimeProvider time, QueueServiceClient queues)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function("Samenwerkingen")]
    public async Task<IResult> SamenwerkingenFunction([HttpTrigger(Anonymous, "get", Route = "samenwerking")] HttpRequest req, CancellationToken ct) =>
        await List(req.HttpContext.User, service, ct);

    [Function("SamenwerkingAanmaken")]
    [Creates]
    [JsonBody(typeof(NieuwVoorstelRequest))]
    public async Task<IResult> SamenwerkingAanmakenFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking")] HttpRequest req, CancellationToken ct) =>
        await Create(await req.ReadJsonAsync<NieuwVoorstelRequest>(ct), req.HttpContext, service, org, ct);

    [Function("Samenwerking")]
    public async Task<IResult> SamenwerkingFunction([HttpTrigger(Anonymous, "get", Route = "samenwerking/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        await Get(id, req.HttpContext, service, ct);

    [Function("SamenwerkingTracker")]
    public async Task<IResult> SamenwerkingTrackerFunction([HttpTrigger(Anonymous, "get", Route = "samenwerking/{id}/tracker")] HttpRequest req, string id, CancellationToken ct) =>
        await Tracker(id, req.HttpContext.User, service, ct);

    [Function("SamenwerkingDossier")]
    [Creates]
    [JsonBody(typeof(DeelnemerDossierRequest))]
    public async Task<IResult> SamenwerkingDossierFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/dossiers")] HttpRequest req, string id, CancellationToken ct) =>
        await MaakDossier(id, await req.ReadJsonAsync<DeelnemerDossierRequest>(ct), req.HttpContext, service, org, time, ct);

    [Function("SamenwerkingMijlpaal")]
    [JsonBody(typeof(MijlpaalRequest))]
    public async Task<IResult> SamenwerkingMijlpaalFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/mijlpalen")] HttpRequest req, string id, CancellationToken ct) =>
        await PlanMijlpaal(id, await req.ReadJsonAsync<MijlpaalRequest>(ct), req.HttpContext, service, ct);

    [Function("SamenwerkingMijlpaalGebeurd")]
    [JsonBody(typeof(GebeurdRequest))]
    public async Task<IResult> SamenwerkingMijlpaalGebeurdFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/mijlpalen/{mijlpaalId}/gebeurd")] HttpRequest req, string id, string mijlpaalId, CancellationToken ct) =>
        await Gebeurd(id, mijlpaalId, await req.ReadJsonAsync<GebeurdRequest>(ct), req.HttpContext, service, ct);

    [Function("SamenwerkingAudit")]
    public async Task<IResult> SamenwerkingAuditFunction([HttpTrigger(Anonymous, "get", Route = "samenwerking/{id}/audit")] HttpRequest req, string id, CancellationToken ct) =>
        await Audit(id, req.HttpContext.User, service, ct);

    [Function("Persbericht")]
    public async Task<IResult> PersberichtFunction([HttpTrigger(Anonymous, "get", Route = "samenwerking/{id}/persbericht")] HttpRequest req, string id, CancellationToken ct) =>
        await GetPersbericht(id, req.HttpContext, service, ct);

    [Function("PersberichtAanmaken")]
    [Creates]
    [JsonBody(typeof(PersberichtRequest))]
    public async Task<IResult> PersberichtAanmakenFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/persbericht")] HttpRequest req, string id, CancellationToken ct) =>
        await CreatePersbericht(id, await req.ReadJsonAsync<PersberichtRequest>(ct), req.HttpContext, service, ct);

    [Function("PersberichtTekst")]
    [JsonBody(typeof(PersberichtRequest))]
    public async Task<IResult> PersberichtTekstFunction([HttpTrigger(Anonymous, "put", Route = "samenwerking/{id}/persbericht/tekst")] HttpRequest req, string id, CancellationToken ct) =>
        await WijzigTekst(id, await req.ReadJsonAsync<PersberichtRequest>(ct), req.HttpContext, service, ct);

    [Function("PersberichtBijdrage")]
    [JsonBody(typeof(BijdrageRequest))]
    public async Task<IResult> PersberichtBijdrageFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/persbericht/bijdragen/{gemeente}")] HttpRequest req, string id, string gemeente, CancellationToken ct) =>
        await Bijdrage(id, gemeente, await req.ReadJsonAsync<BijdrageRequest>(ct), req.HttpContext, service, ct);

    [Function("PersberichtAkkoord")]
    public async Task<IResult> PersberichtAkkoordFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/persbericht/akkoord/{gemeente}")] HttpRequest req, string id, string gemeente, CancellationToken ct) =>
        await Akkoord(id, gemeente, req.HttpContext, service, ct);

    [Function("PersberichtEmbargoTot")]
    [JsonBody(typeof(EmbargoRequest))]
    public async Task<IResult> PersberichtEmbargoTotFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/persbericht/embargo")] HttpRequest req, string id, CancellationToken ct) =>
        await Embargo(id, await req.ReadJsonAsync<EmbargoRequest>(ct), req.HttpContext, service, ct);

    [Function("PersberichtDeelvrijgave")]
    [JsonBody(typeof(DeelvrijgaveRequest))]
    public async Task<IResult> PersberichtDeelvrijgaveFunction([HttpTrigger(Anonymous, "post", Route = "samenwerking/{id}/persbericht/deelvrijgave")] HttpRequest req, string id, CancellationToken ct) =>
        await Deelvrijgave(id, await req.ReadJsonAsync<DeelvrijgaveRequest>(ct), req.HttpContext, service, queues, ct);

    private static async Task<Ok<IReadOnlyList<Samenwerkingsvoorstel>>> List(ClaimsPrincipal user, SamenwerkingService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListVoorstellenAsync(user.RequirePersonId(), ct));

    private static async Task<Results<Created<Samenwerkingsvoorstel>, ValidationProblem>> Create(NieuwVoorstelRequest request, HttpContext http, SamenwerkingService service, Organisatie org, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Titel)) errors["titel"] = ["Titel is verplicht."];
        if (string.IsNullOrWhiteSpace(request.Samenwerkingsverband)) errors["samenwerkingsverband"] = ["Kies het samenwerkingsverband, bv. SSWZM."];
        if (request.Deelnemers is not { Count: > 0 }) errors["deelnemers"] = ["Kies de deelnemende gemeenten."];
        if (request.GedeeldeVelden.ValueKind != JsonValueKind.Object) errors["gedeeldeVelden"] = ["De gedeelde inhoud moet een object zijn."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var handeling = http.ToHandeling();
        var penvoerder = org.Config.FindPersoon(handeling.ActorId)!.Gemeente;
        var stored = await service.CreateVoorstelAsync(handeling, request.Titel!, request.Samenwerkingsverband!, penvoerder, request.Deelnemers!, request.GedeeldeVelden, ct);
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Created($"/api/samenwerking/{stored.Value.Id}", stored.Value);
    }

    private static async Task<Ok<Samenwerkingsvoorstel>> Get(string id, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        var stored = await service.GetVoorstelAsync(http.User.RequirePersonId(), id, ct);
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(stored.Value);
    }

    private static async Task<Ok<SamenwerkingsOverzicht>> Tracker(string id, ClaimsPrincipal user, SamenwerkingService service, CancellationToken ct) =>
        TypedResults.Ok(await service.TrackerAsync(user.RequirePersonId(), id, ct));

    private static async Task<Results<Created<DossierStatusView>, ValidationProblem>> MaakDossier(string id, DeelnemerDossierRequest request, HttpContext http, SamenwerkingService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Portefeuille))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["portefeuille"] = ["Kies de portefeuille van uw eigen college."] });
        }

        var stored = await service.MaakDossierAsync(http.ToHandeling(), id, request.Portefeuille, request.Velden, ct);
        return TypedResults.Created($"/api/dossiers/{stored.Value.Id}", DossierStatusView.From(stored.Value, org.Config, time.GetUtcNow(), stored.ETag));
    }

    private static async Task<Results<Ok<Samenwerkingsvoorstel>, ValidationProblem>> PlanMijlpaal(string id, MijlpaalRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Omschrijving) || request.Soort is null || request.GeplandOp is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mijlpaal"] = ["Omschrijving, soort en geplande datum zijn verplicht."] });
        }

        return TypedResults.Ok((await service.PlanMijlpaalAsync(http.ToHandeling(), id, request.Omschrijving, request.Soort.Value, request.GeplandOp.Value, request.Gemeente, ct)).Value);
    }

    private static async Task<Results<Ok<Samenwerkingsvoorstel>, ValidationProblem>> Gebeurd(string id, string mijlpaalId, GebeurdRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (request.Datum is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["datum"] = ["Geef de datum waarop het gebeurde."] });
        }

        return TypedResults.Ok((await service.MarkeerGebeurdAsync(http.ToHandeling(), id, mijlpaalId, request.Datum.Value, ct)).Value);
    }

    private static async Task<Ok<AuditTrailView>> Audit(string id, ClaimsPrincipal user, SamenwerkingService service, CancellationToken ct)
    {
        var (_, result) = await service.AuditAsync(user.RequirePersonId(), id, ct);
        var v = result.Verification;
        return TypedResults.Ok(new AuditTrailView(v.IsValid, v.FirstInvalidIndex, v.Defect?.ToString(), v.Reason, result.Entries));
    }

    private static async Task<Results<Ok<Persbericht>, ProblemHttpResult>> GetPersbericht(string id, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        await service.GetPersberichtAsync(http.User.RequirePersonId(), id, ct) is { } stored
            ? Respond(http, stored)
            : TypedResults.Problem(title: "Niet gevonden", detail: $"Er is nog geen persbericht voor '{id}'.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Created<Persbericht>, ValidationProblem>> CreatePersbericht(string id, PersberichtRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (request.Tekst.ValueKind != JsonValueKind.Object)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tekst"] = ["De tekst van het persbericht moet een object zijn met de velden van het persberichtsjabloon."] });
        }

        var stored = await service.CreatePersberichtAsync(http.ToHandeling(), id, request.Tekst, request.EmbargoTot, ct);
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Created($"/api/samenwerking/{id}/persbericht", stored.Value);
    }

    private static async Task<Ok<Persbericht>> WijzigTekst(string id, PersberichtRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        Respond(http, (await service.WijzigTekstAsync(http.ToHandeling(), id, request.Tekst, ct)).Persbericht);

    private static async Task<Results<Ok<Persbericht>, ValidationProblem>> Bijdrage(string id, string gemeente, BijdrageRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (request.Citaat is null || request.Contact is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.Citaat is null ? "citaat" : "contact"] = ["Vul het citaat (wie, functie, citaat) en de contactpersoon (naam, telefoon, e-mail) in."] });
        }

        return Respond(http, (await service.VulBijdrageAanAsync(http.ToHandeling(), id, gemeente, request.Citaat, request.Contact, ct)).Persbericht);
    }

    private static async Task<Ok<Persbericht>> Akkoord(string id, string gemeente, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        Respond(http, (await service.GeefAkkoordAsync(http.ToHandeling(), id, gemeente, ct)).Persbericht);

    private static async Task<Ok<Persbericht>> Embargo(string id, EmbargoRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        Respond(http, (await service.StelEmbargoInAsync(http.ToHandeling(), id, request.EmbargoTot, ct)).Persbericht);

    private static async Task<Results<Ok<Persbericht>, ValidationProblem>> Deelvrijgave(string id, DeelvrijgaveRequest request, HttpContext http, SamenwerkingService service, QueueServiceClient queues, CancellationToken ct)
    {
        if (request.Gemeenten is not { Count: > 0 } || string.IsNullOrWhiteSpace(request.Reden))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.Gemeenten is not { Count: > 0 } ? "gemeenten" : "reden"] = ["Kies de gemeenten en leg de reden vast."] });
        }

        var (stored, resultaat) = await service.ReleaseDeelverzamelingAsync(http.ToHandeling(), id, request.Gemeenten, request.Reden, ct);

        // Enqueued with the SDK: the number of messages depends on the outcome, and the web interface does the same.
        var queue = queues.GetQueueClient(Wachtrijen.Distributie);
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        foreach (var vrijgave in resultaat.Vrijgaven)
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new DistributieOpdracht(DistributieOpdracht.Persbericht, vrijgave.Gemeente, VoorstelId: id), JsonSerializerOptions.Web), ct);
        }

        return Respond(http, stored);
    }

    private static Ok<T> Respond<T>(HttpContext http, Automatisering.Domain.Storage.Stored<T> stored)
    {
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(stored.Value);
    }
}
