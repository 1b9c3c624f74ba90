using System.Text.Json;
using Automatisering.Functions.Besluitvorming;
using Automatisering.Functions.CustomHandler;
using Automatisering.Functions.Samenwerking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Automatisering.Functions.Distributie;

/// <summary>
/// The distribution pipeline, queue-driven and retried by the host (or the local runner):
/// <c>BesluitVerwerken</c> (queue <c>besluiten</c>) fans a decision out to every recipient gemeente and lets the
/// joint press release register it; <c>Distribueren</c> (queue <c>distributie</c>) delivers one item effectively
/// once; <c>PersberichtEmbargo</c> (timer) releases press releases whose embargo moment has passed.
/// A message that keeps failing ends in <c>{queue}-poison</c>; its bookkeeping stays visible on the dossier.
/// </summary>
public static class DistributieFunctions
{
    public const string BesluitenQueue = "besluiten";
    public const string DistributieQueue = "distributie";

    public static IEndpointRouteBuilder MapDistributieFunctions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/BesluitVerwerken", BesluitVerwerken);
        app.MapPost("/Distribueren", Distribueren);
        app.MapPost("/PersberichtEmbargo", PersberichtEmbargo);
        app.MapPost("/DistributieHerstel", Herstel);
        app.MapGet("/api/dossiers/{id}/distributie", Standen).RequireAuthorization().AddEndpointFilter<BesluitvormingProblemFilter>();
        return app;
    }

    public static async Task<Results<Ok<InvocationResponse>, ProblemHttpResult>> BesluitVerwerken(
        InvocationRequest invocation, DossierService dossiers, SamenwerkingService samenwerking, INotificatieService notificaties, TimeProvider time, CancellationToken ct)
    {
        var bericht = Read<BesluitBericht>(invocation, "besluit");
        if (bericht is null)
        {
            return TypedResults.Problem(detail: "besluit: expected {dossierId, besluitNr}", statusCode: StatusCodes.Status400BadRequest);
        }

        var dossier = (await dossiers.LoadForSamenwerkingAsync(bericht.DossierId, ct)).Value;
        if (bericht.BesluitNr < 1 || bericht.BesluitNr > dossier.Besluiten.Count)
        {
            return TypedResults.Problem(detail: $"besluit: dossier {bericht.DossierId} has no decision {bericht.BesluitNr}", statusCode: StatusCodes.Status400BadRequest);
        }

        var besluit = dossier.Besluiten[bericht.BesluitNr - 1];
        var voorstelId = await samenwerking.VoorstelVanDossierAsync(dossier.Id, ct);
        var voorstel = voorstelId is null ? null : await samenwerking.LoadVoorstelAsync(voorstelId, ct);
        var ontvangers = voorstel?.Deelnemers.Select(d => d.Gemeente).ToList() ?? [dossier.Gemeente];
        var opdrachten = ontvangers.Select(g => new DistributieOpdracht(DistributieOpdracht.Besluit, g, dossier.Id, bericht.BesluitNr)).ToList();
        var logs = new List<string> { $"besluit {dossier.Id}/{bericht.BesluitNr} ({besluit.Uitkomst}) naar {string.Join(", ", ontvangers)}" };

        if (voorstelId is not null)
        {
            var (persbericht, resultaat) = await samenwerking.RegistreerBesluitAsync(voorstelId, dossier.Gemeente, besluit.Uitkomst, $"{dossier.Id}/{bericht.BesluitNr}", besluit.Vergaderdatum, ct);
            foreach (var melding in resultaat.Meldingen)
            {
                await notificaties.VerstuurEenmaligAsync(new Notificatie(
                    $"melding/{voorstelId}/{dossier.Id}-{bericht.BesluitNr}/{melding.OntvangerId}", [melding.OntvangerId], [], melding.Betreft, melding.Tekst, time.GetUtcNow()), ct);
            }

            // Every release so far, not only the new ones: a replay after a crash still sends what was released.
            opdrachten.AddRange(persbericht?.Vrijgaven.Select(v => new DistributieOpdracht(DistributieOpdracht.Persbericht, v.Gemeente, VoorstelId: voorstelId)) ?? []);
            logs.Add($"persbericht {voorstelId}: {persbericht?.Status}");
        }

        return TypedResults.Ok(new InvocationResponse(
            new Dictionary<string, JsonElement> { ["distributie"] = JsonSerializer.SerializeToElement(opdrachten, JsonSerializerOptions.Web) },
            logs));
    }

    public static async Task<Results<Ok<InvocationResponse>, ProblemHttpResult>> Distribueren(InvocationRequest invocation, DistributieService distributie, CancellationToken ct)
    {
        var opdracht = Read<DistributieOpdracht>(invocation, "opdracht");
        if (opdracht is null || opdracht.Soort is not (DistributieOpdracht.Besluit or DistributieOpdracht.Persbericht))
        {
            return TypedResults.Problem(detail: "opdracht: expected {soort, gemeente, …}", statusCode: StatusCodes.Status400BadRequest);
        }

        var fout = await distributie.BezorgAsync(opdracht, ct);
        return fout is null
            ? TypedResults.Ok(new InvocationResponse(Logs: [$"bezorgd: {opdracht.Sleutel}"]))
            : TypedResults.Problem(detail: $"{opdracht.Sleutel}: {fout}", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static async Task<Ok<InvocationResponse>> PersberichtEmbargo(InvocationRequest invocation, SamenwerkingService samenwerking, CancellationToken ct)
    {
        var released = await samenwerking.ReleaseDueAsync(ct);
        var opdrachten = released.SelectMany(p => p.Vrijgaven.Select(v => new DistributieOpdracht(DistributieOpdracht.Persbericht, v.Gemeente, VoorstelId: p.VoorstelId))).ToList();
        return TypedResults.Ok(new InvocationResponse(
            new Dictionary<string, JsonElement> { ["distributie"] = JsonSerializer.SerializeToElement(opdrachten, JsonSerializerOptions.Web) },
            [.. released.Select(p => $"persbericht {p.Id} vrijgegeven")]));
    }

    /// <summary>
    /// Function <c>DistributieHerstel</c> (timer, daily): a decision is stored before its message goes on the
    /// <c>besluiten</c> queue; if the process died in between, no delivery was ever recorded for it. Those decisions
    /// are queued again here (older than an hour, so ones still in the queue are left alone); the fan-out and every
    /// delivery are idempotent, so a decision queued twice still goes out once.
    /// </summary>
    public static async Task<Ok<InvocationResponse>> Herstel(InvocationRequest invocation, DossierService dossiers, DistributieService distributie, Organisatie organisatie, TimeProvider time, CancellationToken ct)
    {
        var berichten = new List<BesluitBericht>();
        foreach (var gemeente in organisatie.Config.Gemeenten)
        {
            foreach (var dossier in await dossiers.ScanAsync(gemeente.Slug, ct))
            {
                for (var nr = 1; nr <= dossier.Besluiten.Count; nr++)
                {
                    if (dossier.Besluiten[nr - 1].VastgelegdOp < time.GetUtcNow().AddHours(-1) && !await distributie.IsOpgepaktAsync(dossier.Id, nr, ct))
                    {
                        berichten.Add(new BesluitBericht(dossier.Id, nr));
                    }
                }
            }
        }

        return TypedResults.Ok(new InvocationResponse(
            new Dictionary<string, JsonElement> { ["besluiten"] = JsonSerializer.SerializeToElement(berichten, JsonSerializerOptions.Web) },
            [.. berichten.Select(b => $"opnieuw in de wachtrij: besluit {b.BesluitNr} van {b.DossierId}")]));
    }

    /// <summary>Where the decisions of a dossier went: delivered, busy, or failed with the last error.</summary>
    public static async Task<Ok<IReadOnlyList<DistributieStand>>> Standen(string id, System.Security.Claims.ClaimsPrincipal user, DossierService dossiers, DistributieService distributie, CancellationToken ct)
    {
        await dossiers.GetAsync(Infrastructure.Identity.AutomatiseringClaims.GetPersonId(user) ?? throw new DossierForbiddenException("Niet aangemeld."), id, ct);
        return TypedResults.Ok(await distributie.StandenAsync(id, ct));
    }

    private static T? Read<T>(InvocationRequest invocation, string binding) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(invocation.GetString(binding) ?? "null", JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
