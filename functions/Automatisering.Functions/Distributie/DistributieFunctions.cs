using Automatisering.Domain.Notificaties;
using System.Text.Json;
using Automatisering.Functions.Infrastructure.Http;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Distributie;

/// <summary>
/// The distribution pipeline, queue-driven and retried by the Functions host:
/// <c>BesluitVerwerken</c> (queue <c>besluiten</c>) fans a decision out to every recipient gemeente and lets the
/// joint press release register it, and publishes a public decision (page, feed, open API); <c>Distribueren</c> (queue <c>distributie</c>) delivers one item effectively
/// once; <c>PersberichtEmbargo</c> (timer) releases press releases whose embargo moment has passed;
/// <c>DistributieHerstel</c> (timer) queues again what never got going. A message that keeps failing ends in
/// <c>{queue}-poison</c>; its bookkeeping stays visible on the dossier.
/// </summary>
public sealed partial class DistributieFunctions(
    DossierService dossiers, SamenwerkingService samenwerking, DistributieService distributie,
    Organisatie organisatie, TimeProvider time, ILogger<DistributieFunctions> logger, Automatisering.Domain.Publicatie.PublicatieService publicatie)
{
    [Function("BesluitVerwerken")]
    [QueueOutput(Wachtrijen.Distributie)]
    public async Task<string[]> BesluitVerwerken([QueueTrigger(Wachtrijen.Besluiten)] string besluit, CancellationToken ct)
    {
        var bericht = Read<BesluitBericht>(besluit) ?? throw new InvalidOperationException("besluit: expected {dossierId, besluitNr}");
        var dossier = (await dossiers.LoadForSamenwerkingAsync(bericht.DossierId, ct)).Value;
        if (bericht.BesluitNr < 1 || bericht.BesluitNr > dossier.Besluiten.Count)
        {
            throw new InvalidOperationException($"besluit: dossier {bericht.DossierId} has no decision {bericht.BesluitNr}");
        }

        var genomen = dossier.Besluiten[bericht.BesluitNr - 1];

        // Public items are published from the dossier's state (idempotent); a confidential one is withdrawn, never published.
        await publicatie.PubliceerAsync(dossier.Id, ct);
        var voorstelId = await samenwerking.VoorstelVanDossierAsync(dossier.Id, ct);
        var voorstel = voorstelId is null ? null : await samenwerking.LoadVoorstelAsync(voorstelId, ct);
        var ontvangers = voorstel?.Deelnemers.Select(d => d.Gemeente).ToList() ?? [dossier.Gemeente];
        var opdrachten = ontvangers.Select(g => new DistributieOpdracht(DistributieOpdracht.Besluit, g, dossier.Id, bericht.BesluitNr)).ToList();
        LogBesluitVerdeeld(logger, dossier.Id, bericht.BesluitNr, genomen.Uitkomst, string.Join(", ", ontvangers));

        if (voorstelId is not null)
        {
            var (persbericht, resultaat) = await samenwerking.RegistreerBesluitAsync(voorstelId, dossier.Gemeente, genomen.Uitkomst, $"{dossier.Id}/{bericht.BesluitNr}", genomen.Vergaderdatum, ct);
            // Held or blocked, or released by this decision: the advisors of every participant hear of it (once per change).
            if (persbericht is not null && resultaat.Meldingen.Count > 0)
            {
                await samenwerking.MeldAsync(persbericht, GebeurtenisSoort.PersberichtAangehouden, string.Join(" ", resultaat.Meldingen.Select(m => m.Tekst)), ct);
            }

            if (persbericht is not null && resultaat.Vrijgaven.Count > 0)
            {
                await samenwerking.MeldAsync(persbericht, GebeurtenisSoort.PersberichtVrijgegeven, null, ct);
            }

            // Every release so far, not only the new ones: a replay after a crash still sends what was released.
            opdrachten.AddRange(persbericht?.Vrijgaven.Select(v => new DistributieOpdracht(DistributieOpdracht.Persbericht, v.Gemeente, VoorstelId: voorstelId)) ?? []);
            LogPersberichtStand(logger, voorstelId, persbericht?.Status.ToString() ?? "geen");
        }

        return Messages(opdrachten);
    }

    [Function("Distribueren")]
    public async Task Distribueren([QueueTrigger(Wachtrijen.Distributie)] string opdracht, CancellationToken ct)
    {
        var gelezen = Read<DistributieOpdracht>(opdracht);
        if (gelezen is null || gelezen.Soort is not (DistributieOpdracht.Besluit or DistributieOpdracht.Persbericht))
        {
            throw new InvalidOperationException("opdracht: expected {soort, gemeente, …}");
        }

        // A failed delivery throws, so the host retries the message and finally moves it to distributie-poison.
        if (await distributie.BezorgAsync(gelezen, ct) is { } fout)
        {
            throw new InvalidOperationException($"{gelezen.Sleutel}: {fout}");
        }

        LogBezorgd(logger, gelezen.Sleutel);
    }

    [Function("PersberichtEmbargo")]
    [QueueOutput(Wachtrijen.Distributie)]
    public async Task<string[]> PersberichtEmbargo([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var released = await samenwerking.ReleaseDueAsync(ct);
        foreach (var persbericht in released)
        {
            LogVrijgegeven(logger, persbericht.Id);
            await samenwerking.MeldAsync(persbericht, GebeurtenisSoort.PersberichtVrijgegeven, null, ct);
        }

        return Messages(released.SelectMany(p => p.Vrijgaven.Select(v => new DistributieOpdracht(DistributieOpdracht.Persbericht, v.Gemeente, VoorstelId: p.VoorstelId))));
    }

    /// <summary>
    /// Function <c>DistributieHerstel</c> (timer, daily): a decision is stored before its message goes on the
    /// <c>besluiten</c> queue; if the process died in between, no delivery was ever recorded for it. Those decisions
    /// are queued again here (older than an hour, so ones still in the queue are left alone); the fan-out and every
    /// delivery are idempotent, so a decision queued twice still goes out once.
    /// </summary>
    [Function("DistributieHerstel")]
    [QueueOutput(Wachtrijen.Besluiten)]
    public async Task<string[]> DistributieHerstel([TimerTrigger("0 30 6 * * *", UseMonitor = true)] TimerInfo timer, CancellationToken ct) =>
        Messages(await HerstelAsync(ct));

    /// <summary>The decisions for which no delivery was ever recorded (the timer's work, callable on its own).</summary>
    public async Task<IReadOnlyList<BesluitBericht>> HerstelAsync(CancellationToken ct)
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
                        LogOpnieuw(logger, dossier.Id, nr);
                        berichten.Add(new BesluitBericht(dossier.Id, nr));
                    }
                }
            }
        }

        return berichten;
    }

    /// <summary>Where the decisions of a dossier went: delivered, busy, or failed with the last error.</summary>
    [Function("DossierDistributie")]
    public async Task<IResult> Standen([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{id}/distributie")] HttpRequest req, string id, CancellationToken ct)
    {
        await dossiers.GetAsync(req.HttpContext.User.RequirePersonId(), id, ct);
        return TypedResults.Ok(await distributie.StandenAsync(id, ct));
    }

    private static string[] Messages<T>(IEnumerable<T> items) => [.. items.Select(i => JsonSerializer.Serialize(i, JsonSerializerOptions.Web))];

    private static T? Read<T>(string message) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(message, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Besluit {DossierId}/{BesluitNr} ({Uitkomst}) gaat naar {Ontvangers}")]
    private static partial void LogBesluitVerdeeld(ILogger logger, string dossierId, int besluitNr, BesluitUitkomst uitkomst, string ontvangers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Persbericht van voorstel {VoorstelId}: {Status}")]
    private static partial void LogPersberichtStand(ILogger logger, string voorstelId, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bezorgd: {Sleutel}")]
    private static partial void LogBezorgd(ILogger logger, string sleutel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Persbericht {PersberichtId} vrijgegeven na het embargo")]
    private static partial void LogVrijgegeven(ILogger logger, string persberichtId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opnieuw in de wachtrij: besluit {BesluitNr} van {DossierId}")]
    private static partial void LogOpnieuw(ILogger logger, string dossierId, int besluitNr);
}
