using System.Security.Claims;
using System.Text.Json;
using Automatisering.Functions.Besluitvorming;
using Automatisering.Functions.Distributie;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Automatisering.Functions.Samenwerking;

/// <summary>
/// Function <c>Samenwerking</c>: joint proposals (penvoerder and participants), each participant's own dossier, the
/// tracker, the planned process, and the aligned press release (draft, local quotes, approvals, embargo, release).
/// </summary>
public static class SamenwerkingEndpoints
{
    public static IEndpointRouteBuilder MapSamenwerkingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/samenwerking").RequireAuthorization().AddEndpointFilter<BesluitvormingProblemFilter>();
        api.MapGet("", List).WithName("Samenwerking");
        api.MapPost("", Create);
        api.MapGet("/{id}", Get);
        api.MapGet("/{id}/tracker", Tracker);
        api.MapPost("/{id}/dossiers", MaakDossier);
        api.MapPost("/{id}/mijlpalen", PlanMijlpaal);
        api.MapPost("/{id}/mijlpalen/{mijlpaalId}/gebeurd", Gebeurd);
        api.MapGet("/{id}/audit", Audit);
        api.MapGet("/{id}/persbericht", GetPersbericht);
        api.MapPost("/{id}/persbericht", CreatePersbericht);
        api.MapPut("/{id}/persbericht/tekst", WijzigTekst);
        api.MapPost("/{id}/persbericht/bijdragen/{gemeente}", Bijdrage);
        api.MapPost("/{id}/persbericht/akkoord/{gemeente}", Akkoord);
        api.MapPost("/{id}/persbericht/embargo", Embargo);
        api.MapPost("/{id}/persbericht/deelvrijgave", Deelvrijgave);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<Samenwerkingsvoorstel>>> List(ClaimsPrincipal user, SamenwerkingService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListVoorstellenAsync(user.RequirePersonId(), ct));

    public static async Task<Results<Created<Samenwerkingsvoorstel>, ValidationProblem>> Create(NieuwVoorstelRequest request, HttpContext http, SamenwerkingService service, Organisatie org, CancellationToken ct)
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

    public static async Task<Ok<Samenwerkingsvoorstel>> Get(string id, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        var stored = await service.GetVoorstelAsync(http.User.RequirePersonId(), id, ct);
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(stored.Value);
    }

    public static async Task<Ok<SamenwerkingsOverzicht>> Tracker(string id, ClaimsPrincipal user, SamenwerkingService service, CancellationToken ct) =>
        TypedResults.Ok(await service.TrackerAsync(user.RequirePersonId(), id, ct));

    public static async Task<Results<Created<DossierStatusView>, ValidationProblem>> MaakDossier(string id, DeelnemerDossierRequest request, HttpContext http, SamenwerkingService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Portefeuille))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["portefeuille"] = ["Kies de portefeuille van uw eigen college."] });
        }

        var stored = await service.MaakDossierAsync(http.ToHandeling(), id, request.Portefeuille, request.Velden, ct);
        return TypedResults.Created($"/api/dossiers/{stored.Value.Id}", DossierStatusView.From(stored.Value, org.Config, time.GetUtcNow(), stored.ETag));
    }

    public static async Task<Results<Ok<Samenwerkingsvoorstel>, ValidationProblem>> PlanMijlpaal(string id, MijlpaalRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Omschrijving) || request.Soort is null || request.GeplandOp is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mijlpaal"] = ["Omschrijving, soort en geplande datum zijn verplicht."] });
        }

        return TypedResults.Ok((await service.PlanMijlpaalAsync(http.ToHandeling(), id, request.Omschrijving, request.Soort.Value, request.GeplandOp.Value, request.Gemeente, ct)).Value);
    }

    public static async Task<Results<Ok<Samenwerkingsvoorstel>, ValidationProblem>> Gebeurd(string id, string mijlpaalId, GebeurdRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (request.Datum is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["datum"] = ["Geef de datum waarop het gebeurde."] });
        }

        return TypedResults.Ok((await service.MarkeerGebeurdAsync(http.ToHandeling(), id, mijlpaalId, request.Datum.Value, ct)).Value);
    }

    public static async Task<Ok<AuditTrailView>> Audit(string id, ClaimsPrincipal user, SamenwerkingService service, CancellationToken ct)
    {
        var (_, result) = await service.AuditAsync(user.RequirePersonId(), id, ct);
        var v = result.Verification;
        return TypedResults.Ok(new AuditTrailView(v.IsValid, v.FirstInvalidIndex, v.Defect?.ToString(), v.Reason, result.Entries));
    }

    public static async Task<Results<Ok<Persbericht>, ProblemHttpResult>> GetPersbericht(string id, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        await service.GetPersberichtAsync(http.User.RequirePersonId(), id, ct) is { } stored
            ? Respond(http, stored)
            : TypedResults.Problem(title: "Niet gevonden", detail: $"Er is nog geen persbericht voor '{id}'.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<Results<Created<Persbericht>, ValidationProblem>> CreatePersbericht(string id, PersberichtRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (request.Tekst.ValueKind != JsonValueKind.Object)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tekst"] = ["De tekst van het persbericht moet een object zijn met de velden van het persberichtsjabloon."] });
        }

        var stored = await service.CreatePersberichtAsync(http.ToHandeling(), id, request.Tekst, request.EmbargoTot, ct);
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Created($"/api/samenwerking/{id}/persbericht", stored.Value);
    }

    public static async Task<Ok<Persbericht>> WijzigTekst(string id, PersberichtRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        Respond(http, (await service.WijzigTekstAsync(http.ToHandeling(), id, request.Tekst, ct)).Persbericht);

    public static async Task<Results<Ok<Persbericht>, ValidationProblem>> Bijdrage(string id, string gemeente, BijdrageRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct)
    {
        if (request.Citaat is null || request.Contact is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.Citaat is null ? "citaat" : "contact"] = ["Vul het citaat (wie, functie, citaat) en de contactpersoon (naam, telefoon, e-mail) in."] });
        }

        return Respond(http, (await service.VulBijdrageAanAsync(http.ToHandeling(), id, gemeente, request.Citaat, request.Contact, ct)).Persbericht);
    }

    public static async Task<Ok<Persbericht>> Akkoord(string id, string gemeente, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        Respond(http, (await service.GeefAkkoordAsync(http.ToHandeling(), id, gemeente, ct)).Persbericht);

    public static async Task<Ok<Persbericht>> Embargo(string id, EmbargoRequest request, HttpContext http, SamenwerkingService service, CancellationToken ct) =>
        Respond(http, (await service.StelEmbargoInAsync(http.ToHandeling(), id, request.EmbargoTot, ct)).Persbericht);

    public static async Task<Results<Ok<Persbericht>, ValidationProblem>> Deelvrijgave(string id, DeelvrijgaveRequest request, HttpContext http, SamenwerkingService service, QueueServiceClient queues, CancellationToken ct)
    {
        if (request.Gemeenten is not { Count: > 0 } || string.IsNullOrWhiteSpace(request.Reden))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.Gemeenten is not { Count: > 0 } ? "gemeenten" : "reden"] = ["Kies de gemeenten en leg de reden vast."] });
        }

        var (stored, resultaat) = await service.ReleaseDeelverzamelingAsync(http.ToHandeling(), id, request.Gemeenten, request.Reden, ct);

        // As an HTTP function this one enqueues with the SDK (forwarded HTTP functions have no output bindings).
        var queue = queues.GetQueueClient(DistributieFunctions.DistributieQueue);
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        foreach (var vrijgave in resultaat.Vrijgaven)
        {
            await queue.SendMessageAsync(JsonSerializer.Serialize(new DistributieOpdracht(DistributieOpdracht.Persbericht, vrijgave.Gemeente, VoorstelId: id), JsonSerializerOptions.Web), ct);
        }

        return Respond(http, stored);
    }

    private static Ok<T> Respond<T>(HttpContext http, Infrastructure.Storage.Stored<T> stored)
    {
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(stored.Value);
    }
}
