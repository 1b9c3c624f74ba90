using System.Globalization;
using System.Text;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Notificaties;

/// <summary>
/// Tells people what waits for them, the way each chose on "Mijn instellingen": a message right away through the
/// notification channel (the outbox locally, Graph mail in production), or a line in the daily digest. Every
/// message has a key per (event, person); the channel and the digest store keep a key once, so an event
/// processed twice tells nobody twice.
/// </summary>
public sealed partial class NotificatieDienst(
    BlobServiceClient blobs,
    QueueServiceClient queues,
    Organisatie organisatie,
    INotificatieService kanaal,
    IOptions<NotificatieOptions> options,
    TimeProvider time,
    ILogger<NotificatieDienst> logger)
{
    public const string Wachtrij = "gebeurtenissen";
    private const string OverzichtContainer = "dagoverzicht";

    private readonly JsonBlobStore<NotificatieVoorkeur> _voorkeuren = new(blobs.GetBlobContainerClient("voorkeuren"), BesluitvormingJson.Options);
    private readonly BlobContainerClient _overzichten = blobs.GetBlobContainerClient(OverzichtContainer);
    private readonly Lazy<Task> _overzichtenGemaakt = new(() => blobs.GetBlobContainerClient(OverzichtContainer).CreateIfNotExistsAsync());

    /// <summary>The deep link to a page of the web interface, e.g. "/dossiers/{id}".</summary>
    public string Link(string pad) => options.Value.WebAdres.TrimEnd('/') + pad;

    /// <summary>Puts an event on the queue; the <c>Notificeren</c> function tells the people concerned.</summary>
    public async Task MeldAsync(Gebeurtenis gebeurtenis, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(Wachtrij);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(gebeurtenis, BesluitvormingJson.Options), cancellationToken);
    }

    public async Task<NotificatieVoorkeur> VoorkeurAsync(string persoonId, CancellationToken cancellationToken) =>
        (await _voorkeuren.GetAsync(Key(persoonId), cancellationToken))?.Value ?? NotificatieVoorkeur.Standaard;

    public async Task ZetVoorkeurAsync(string persoonId, NotificatieVoorkeur voorkeur, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voorkeur);
        if (organisatie.Config.FindPersoon(persoonId) is null)
        {
            throw new DossierForbiddenException($"'{persoonId}' is geen bekende medewerker.");
        }

        if (voorkeur.Uur is < 0 or > 23)
        {
            throw new ArgumentException("Kies een uur van 0 tot en met 23.", "uur");
        }

        await _voorkeuren.UpdateAsync(Key(persoonId), _ => voorkeur, cancellationToken);
        LogVoorkeur(logger, persoonId, voorkeur.Wijze, voorkeur.Uur);
    }

    /// <summary>
    /// One message to one person, as they chose. <paramref name="sleutel"/> identifies the (event, person); the
    /// same key is kept once.
    /// </summary>
    /// <returns>True when sent or put in the digest now; false when this key was handled before.</returns>
    public async Task<bool> BezorgAsync(string persoonId, string sleutel, string onderwerp, string tekst, string? link, CancellationToken cancellationToken)
    {
        var persoon = organisatie.Config.FindPersoon(persoonId);
        if (persoon is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var voorkeur = await VoorkeurAsync(persoon.Id, cancellationToken);
        if (voorkeur.Wijze == Bezorgwijze.Direct)
        {
            var bericht = new Notificatie(sleutel, [persoon.Id], [persoon.Email], onderwerp, link is null ? tekst : $"{tekst}\n\nOpenen: {link}", now);
            var verstuurd = await kanaal.VerstuurEenmaligAsync(bericht, cancellationToken);
            if (verstuurd)
            {
                LogVerstuurd(logger, sleutel, persoon.Id);
            }

            return verstuurd;
        }

        await _overzichtenGemaakt.Value;
        try
        {
            await _overzichten.GetBlobClient($"{Veilig(persoon.Id)}/{Veilig(sleutel)}.json").UploadAsync(
                BinaryData.FromObjectAsJson(new DagoverzichtRegel(sleutel, onderwerp, tekst, link, now), BesluitvormingJson.Options),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Sends the digests that are due this hour (Dutch time): one message per person with every line kept since the
    /// last one. A digest has a key per person, hour and set of lines, so a second run over the same lines sends nothing again.
    /// </summary>
    public async Task<int> VerstuurDagoverzichtenAsync(CancellationToken cancellationToken)
    {
        await _overzichtenGemaakt.Value;
        var now = time.GetUtcNow();
        var lokaal = NederlandseTijd.Lokaal(now);
        var perPersoon = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var blob in _overzichten.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken))
        {
            var persoon = blob.Name[..blob.Name.IndexOf('/', StringComparison.Ordinal)];
            (perPersoon.TryGetValue(persoon, out var lijst) ? lijst : perPersoon[persoon] = []).Add(blob.Name);
        }

        var verstuurd = 0;
        foreach (var (persoonId, namen) in perPersoon)
        {
            var persoon = organisatie.Config.FindPersoon(persoonId);
            var voorkeur = await VoorkeurAsync(persoonId, cancellationToken);

            // Someone who switched back to direct messages gets what was waiting at once.
            if (persoon is null || (voorkeur.Wijze == Bezorgwijze.Dagoverzicht && voorkeur.Uur != lokaal.Hour))
            {
                continue;
            }

            var regels = new List<DagoverzichtRegel>();
            foreach (var naam in namen)
            {
                var inhoud = await _overzichten.GetBlobClient(naam).DownloadContentAsync(cancellationToken);
                regels.Add(inhoud.Value.Content.ToObjectFromJson<DagoverzichtRegel>(BesluitvormingJson.Options)!);
            }

            var tekst = new StringBuilder($"Goedemorgen {persoon.Naam}, dit is er sinds uw vorige overzicht gebeurd:\n");
            foreach (var regel in regels.OrderBy(r => r.Op))
            {
                tekst.Append(CultureInfo.InvariantCulture, $"\n- {regel.Onderwerp}: {regel.Tekst}{(regel.Link is null ? "" : $" ({regel.Link})")}");
            }

            // Keyed by the hour and the lines in it: a rerun after a stop sends nothing again, while a line that came
            // in after this hour's digest went out makes a digest of its own instead of being cleared unsent.
            var regelsSleutel = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", namen.Order(StringComparer.Ordinal)))))[..12];
            var bericht = new Notificatie(
                $"dagoverzicht/{persoon.Id}/{lokaal:yyyy-MM-dd-HH}-{regelsSleutel}", [persoon.Id], [persoon.Email],
                $"Dagoverzicht: {regels.Count} {(regels.Count == 1 ? "bericht" : "berichten")}", tekst.ToString(), now);
            if (await kanaal.VerstuurEenmaligAsync(bericht, cancellationToken))
            {
                verstuurd++;
                LogDagoverzicht(logger, persoon.Id, regels.Count);
            }

            // Sent now or by an earlier run that stopped before clearing: either way these lines are in a digest.
            foreach (var naam in namen)
            {
                await _overzichten.DeleteBlobIfExistsAsync(naam, cancellationToken: cancellationToken);
            }
        }

        return verstuurd;
    }

    private static string Key(string persoonId) => $"{Veilig(persoonId)}.json";

    /// <summary>A key as one blob path segment.</summary>
    private static string Veilig(string waarde) => Uri.EscapeDataString(waarde.ToLowerInvariant()).Replace("%2F", "~", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bericht {Sleutel} verstuurd aan {Persoon}")]
    private static partial void LogVerstuurd(ILogger logger, string sleutel, string persoon);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dagoverzicht met {Aantal} berichten verstuurd aan {Persoon}")]
    private static partial void LogDagoverzicht(ILogger logger, string persoon, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Berichtvoorkeur van {Persoon}: {Wijze} (uur {Uur})")]
    private static partial void LogVoorkeur(ILogger logger, string persoon, Bezorgwijze wijze, int uur);
}
