using System.Globalization;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Azure;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Publicatie;

/// <summary>
/// Publishes the college's public decisions per municipality and meeting (container <c>publicaties</c>, one record
/// per item: <c>{gemeente}/{datum}/{dossierId}.json</c>). A record is built from the dossier's current state, never
/// from the message that triggered it, so processing a decision twice, late or out of order writes the same record;
/// an item that is not public is removed rather than published, so nothing confidential can stay behind.
/// </summary>
public sealed partial class PublicatieService(BlobServiceClient blobs, DossierService dossiers, VergaderkalenderService kalenders, Organisatie organisatie, ILogger<PublicatieService> logger)
{
    public const string Container = "publicaties";

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);
    private readonly Lazy<Task> _created = new(() => blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync());

    /// <summary>Publishes (or withdraws) every meeting's decision on the dossier; returns what is published now.</summary>
    public async Task<IReadOnlyList<PubliekBesluit>> PubliceerAsync(string dossierId, CancellationToken cancellationToken)
    {
        await _created.Value;
        var dossier = (await dossiers.LoadVoorPublicatieAsync(dossierId, cancellationToken)).Value;
        var gepubliceerd = new List<PubliekBesluit>();
        foreach (var vergaderdatum in dossier.Besluiten.Select(b => b.Vergaderdatum).Distinct())
        {
            var blob = _container.GetBlobClient(Key(dossier.Gemeente, vergaderdatum, dossier.Id));
            if (!Openbaarheid.IsOpenbaar(dossier))
            {
                await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
                LogNietOpenbaar(logger, dossier.Id, dossier.Gemeente, vergaderdatum);
                continue;
            }

            var vergadering = await dossiers.LoadVergaderingVoorPublicatieAsync(dossier.Gemeente, vergaderdatum, cancellationToken);
            var punt = vergadering?.Agendapunten.FirstOrDefault(p => string.Equals(p.DossierId, dossier.Id, StringComparison.OrdinalIgnoreCase));
            var geplande = (await kalenders.GetAsync(dossier.Gemeente, cancellationToken)).Vergadering(vergaderdatum);
            var besluit = Bouw(dossier, vergaderdatum, punt, geplande);
            var json = BinaryData.FromObjectAsJson(besluit, PublicatieJson.Options);

            // Unchanged content is not written again: a replayed message leaves the record (and its ETag) as it was.
            var bestaand = await LeesAsync(blob, cancellationToken);
            if (bestaand is null || !JsonSerializer.Serialize(bestaand, PublicatieJson.Options).Equals(json.ToString(), StringComparison.Ordinal))
            {
                await blob.UploadAsync(json, new Azure.Storage.Blobs.Models.BlobUploadOptions
                {
                    HttpHeaders = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = "application/json" },
                }, cancellationToken);
                LogGepubliceerd(logger, dossier.Id, dossier.Gemeente, vergaderdatum, besluit.Uitkomst, besluit.Correcties.Count);
            }

            gepubliceerd.Add(besluit);
        }

        return gepubliceerd;
    }

    /// <summary>The meetings of the municipality with at least one published decision, newest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> VergaderingenAsync(string gemeente, CancellationToken cancellationToken)
    {
        await _created.Value;
        var datums = new SortedSet<DateOnly>();
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, gemeente + "/", cancellationToken))
        {
            var delen = blob.Name.Split('/');
            if (delen.Length == 3 && DateOnly.TryParseExact(delen[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                datums.Add(datum);
            }
        }

        return datums.Reverse().ToList();
    }

    /// <summary>The published decisions of the municipality (of one meeting when <paramref name="datum"/> is given), in agenda order.</summary>
    public async Task<IReadOnlyList<PubliekBesluit>> BesluitenAsync(string gemeente, DateOnly? datum, CancellationToken cancellationToken)
    {
        await _created.Value;
        var prefix = datum is { } d ? $"{gemeente}/{d:yyyy-MM-dd}/" : gemeente + "/";
        var besluiten = new List<PubliekBesluit>();
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, cancellationToken))
        {
            if (await LeesAsync(_container.GetBlobClient(blob.Name), cancellationToken) is { } besluit)
            {
                besluiten.Add(besluit);
            }
        }

        return besluiten.OrderByDescending(b => b.Vergaderdatum).ThenBy(b => b.Volgorde).ToList();
    }

    public async Task<PubliekBesluit?> BesluitAsync(string gemeente, DateOnly datum, string dossierId, CancellationToken cancellationToken)
    {
        await _created.Value;
        return await LeesAsync(_container.GetBlobClient(Key(gemeente, datum, dossierId)), cancellationToken);
    }

    /// <summary>The municipality by slug, or null: the public endpoints answer 404 for anything else.</summary>
    public Gemeente? Gemeente(string slug) => organisatie.Config.FindGemeente(slug);

    private PubliekBesluit Bouw(Dossier dossier, DateOnly vergaderdatum, Agendapunt? punt, GeplandeVergadering? geplande)
    {
        var besluiten = dossier.Besluiten.Where(b => b.Vergaderdatum == vergaderdatum).ToList();
        var laatste = besluiten[^1];
        var correcties = besluiten.Skip(1)
            .Select((b, i) => new PubliekeCorrectie(b.VastgelegdOp, b.Reden, besluiten[i].Uitkomst, besluiten[i].Tekst))
            .ToList();
        return new PubliekBesluit(
            dossier.Gemeente,
            organisatie.Config.GetGemeente(dossier.Gemeente).Naam,
            vergaderdatum,
            geplande?.Tijd,
            geplande?.Plaats,
            dossier.Id,
            punt?.Volgorde ?? 0,
            punt?.Nummer ?? "",
            dossier.Registratienummer,
            punt?.Zaaknummer,
            dossier.Onderwerp,
            dossier.Portefeuille,
            punt?.Wethouder,
            punt?.Soort ?? AgendapuntSoort.Bespreekstuk,
            laatste.Uitkomst,
            laatste.Tekst,
            laatste.BesluitPunten,
            laatste.AangehoudenTot,
            besluiten[0].VastgelegdOp,
            laatste.VastgelegdOp,
            correcties);
    }

    private static async Task<PubliekBesluit?> LeesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToObjectFromJson<PubliekBesluit>(PublicatieJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static string Key(string gemeente, DateOnly datum, string dossierId) =>
        $"{gemeente}/{datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{dossierId}.json";

    [LoggerMessage(Level = LogLevel.Information, Message = "Besluit gepubliceerd: {DossierId} van {Gemeente}, vergadering {Datum}: {Uitkomst} ({Correcties} correcties)")]
    private static partial void LogGepubliceerd(ILogger logger, string dossierId, string gemeente, DateOnly datum, BesluitUitkomst uitkomst, int correcties);

    [LoggerMessage(Level = LogLevel.Information, Message = "Besluit niet gepubliceerd (niet openbaar): {DossierId} van {Gemeente}, vergadering {Datum}")]
    private static partial void LogNietOpenbaar(ILogger logger, string dossierId, string gemeente, DateOnly datum);
}
