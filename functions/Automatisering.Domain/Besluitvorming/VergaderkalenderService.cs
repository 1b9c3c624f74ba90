using System.Globalization;
using Automatisering.Domain.Storage;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Each gemeente's meeting calendar: the configured rooster with the secretariat's additions and cancellations,
/// which are kept in storage (one blob per gemeente) and audited in the gemeente's trail.
/// </summary>
public sealed partial class VergaderkalenderService(
    BlobServiceClient blobs,
    Organisatie organisatie,
    AuditTrailStore audit,
    TimeProvider time,
    ILogger<VergaderkalenderService> logger)
{
    private readonly JsonBlobStore<Kalenderwijzigingen> _wijzigingen = new(blobs.GetBlobContainerClient("vergaderkalender"), BesluitvormingJson.Options);
    private readonly BlobContainerClient _vergaderingen = blobs.GetBlobContainerClient("vergaderingen");

    private OrganisatieConfig Org => organisatie.Config;

    public async Task<Vergaderkalender> GetAsync(string gemeente, CancellationToken cancellationToken)
    {
        var g = Org.FindGemeente(gemeente) ?? throw new ArgumentException($"Gemeente '{gemeente}' bestaat niet.", nameof(gemeente));
        var wijzigingen = await _wijzigingen.GetAsync(Key(g.Slug), cancellationToken);
        return new Vergaderkalender(g, wijzigingen?.Value);
    }

    /// <summary>The secretariat adds a meeting (e.g. an extra one before the summer), with a reason.</summary>
    public async Task<Vergaderkalender> VoegToeAsync(Handeling handeling, string gemeente, DateOnly datum, string? tijd, string? plaats, string reden, CancellationToken cancellationToken)
    {
        var actor = RequireSecretariaat(handeling.ActorId, gemeente);
        var now = time.GetUtcNow();
        RequireReden(reden);
        Tekstlengte.Bewaak(plaats, nameof(plaats), Tekstlengte.Kort);
        if (tijd is not null && !Vergaderkalender.IsTijd(tijd))
        {
            throw new ArgumentException("Vul de tijd in als uu:mm, bijvoorbeeld 09:30.", nameof(tijd));
        }

        if (datum < NederlandseTijd.Datum(now))
        {
            throw new ArgumentException($"{Vergaderkalender.Tekst(datum)} ligt in het verleden.", nameof(datum));
        }

        var kalender = await GetAsync(gemeente, cancellationToken);
        if (kalender.Vergadering(datum) is not null)
        {
            throw new ArgumentException($"Op {Vergaderkalender.Tekst(datum)} staat al een vergadering.", nameof(datum));
        }

        await _wijzigingen.UpdateAsync(Key(kalender.Gemeente.Slug), w =>
        {
            w ??= new Kalenderwijzigingen();
            return w with
            {
                Extra = [.. w.Extra, new ExtraVergadering(datum, tijd, string.IsNullOrWhiteSpace(plaats) ? null : plaats.Trim(), reden.Trim(), actor.Id)],
                Vervallen = w.Vervallen.Where(v => v.Datum != datum).ToList(),
            };
        }, cancellationToken);
        await audit.AppendAsync(Trail(kalender.Gemeente.Slug), actor.Id, "vergadering toevoegen", $"{Iso(datum)}: {reden.Trim()}", AuditResult.Ok, handeling.Origin, now, null, cancellationToken);
        LogKalender(logger, kalender.Gemeente.Slug, datum, "toegevoegd");
        return await GetAsync(gemeente, cancellationToken);
    }

    /// <summary>
    /// The secretariat cancels a meeting, with a reason. Items already on its agenda must be moved first, so none
    /// is left on a meeting that does not take place.
    /// </summary>
    public async Task<Vergaderkalender> LaatVervallenAsync(Handeling handeling, string gemeente, DateOnly datum, string reden, CancellationToken cancellationToken)
    {
        var actor = RequireSecretariaat(handeling.ActorId, gemeente);
        var now = time.GetUtcNow();
        RequireReden(reden);
        var kalender = await GetAsync(gemeente, cancellationToken);
        if (kalender.Vergadering(datum) is null)
        {
            throw new ArgumentException($"Op {Vergaderkalender.Tekst(datum)} staat geen vergadering.", nameof(datum));
        }

        if (datum < NederlandseTijd.Datum(now))
        {
            throw new ArgumentException($"De vergadering van {Vergaderkalender.Tekst(datum)} is al geweest.", nameof(datum));
        }

        var agenda = _vergaderingen.GetBlobClient($"{kalender.Gemeente.Slug}/{Iso(datum)}.json");
        if (await agenda.ExistsAsync(cancellationToken))
        {
            var vergadering = System.Text.Json.JsonSerializer.Deserialize<Collegevergadering>((await agenda.DownloadContentAsync(cancellationToken)).Value.Content, BesluitvormingJson.Options);
            if (vergadering is { Agendapunten.Count: > 0 })
            {
                throw new DossierStateException(
                    $"Op de vergadering van {Vergaderkalender.Tekst(datum)} staan nog {vergadering.Agendapunten.Count} agendapunten; verplaats die eerst naar een andere vergadering.");
            }
        }

        await _wijzigingen.UpdateAsync(Key(kalender.Gemeente.Slug), w =>
        {
            w ??= new Kalenderwijzigingen();
            return w with
            {
                Vervallen = [.. w.Vervallen.Where(v => v.Datum != datum), new VervallenVergadering(datum, reden.Trim(), actor.Id)],
                Extra = w.Extra.Where(e => e.Datum != datum).ToList(),
            };
        }, cancellationToken);
        await audit.AppendAsync(Trail(kalender.Gemeente.Slug), actor.Id, "vergadering laten vervallen", $"{Iso(datum)}: {reden.Trim()}", AuditResult.Ok, handeling.Origin, now, null, cancellationToken);
        LogKalender(logger, kalender.Gemeente.Slug, datum, "vervallen");
        return await GetAsync(gemeente, cancellationToken);
    }

    private Persoon RequireSecretariaat(string actorId, string gemeente)
    {
        var actor = Org.FindPersoon(actorId);
        return actor is not null && string.Equals(actor.Gemeente, gemeente, StringComparison.OrdinalIgnoreCase) && actor.HasRol(Rol.Bestuurssecretariaat)
            ? actor
            : throw new DossierForbiddenException($"'{actorId}' hoort niet bij het bestuurssecretariaat van '{gemeente}' en kan de vergaderkalender niet wijzigen.");
    }

    private static void RequireReden(string? reden)
    {
        if (string.IsNullOrWhiteSpace(reden))
        {
            throw new ArgumentException("Vul de reden in.", nameof(reden));
        }

        Tekstlengte.Bewaak(reden, nameof(reden), Tekstlengte.Lang);
    }

    private static string Key(string gemeente) => $"{gemeente}.json";

    private static string Trail(string gemeente) => $"gemeente-{gemeente}";

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vergaderkalender {Gemeente}: vergadering van {Datum} {Wijziging}")]
    private static partial void LogKalender(ILogger logger, string gemeente, DateOnly datum, string wijziging);
}
