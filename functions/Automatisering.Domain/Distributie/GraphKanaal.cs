using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// Delivers through Microsoft Graph as the shared mailbox: first the files to the gemeente's SharePoint folder
/// (an upload of the same name replaces, so a retry is harmless), then the mail. Small attachments go inline
/// with <c>sendMail</c>; larger ones are added to a draft through upload sessions, and the draft is sent.
/// </summary>
public sealed class GraphKanaal(GraphServiceClient graph, IOptions<DistributieOptions> options, ILogger<GraphKanaal> logger) : IDistributieKanaal
{
    private readonly GraphDistributieOptions _options = options.Value.Graph;
    private readonly MailboxLimiter _limiter = new(options.Value.Graph.MaxConcurrentPerMailbox);

    private string Mailbox => _options.SharedMailbox is { Length: > 0 } mailbox
        ? mailbox
        : throw new InvalidOperationException($"Setting '{GraphDistributieOptions.Section}:SharedMailbox' is not set.");

    public async Task<BezorgResultaat> BezorgAsync(Bezorging b, CancellationToken ct)
    {
        b.Valideer();
        var verzendenBegonnen = false;
        try
        {
            if (b.SharePoint is { } doel)
            {
                foreach (var bijlage in b.Attachments)
                {
                    await UploadNaarSharePointAsync(doel, bijlage, ct);
                }
            }

            if (b.To.Count == 0)
            {
                return new BezorgResultaat(BezorgStatus.Bezorgd, b.IdempotencyKey, $"drive:{b.SharePoint!.DriveId}");
            }

            var mailbox = Mailbox;
            var (inline, groot) = GraphBerichten.VerdeelBijlagen(b.Attachments);
            if (groot.Count == 0)
            {
                verzendenBegonnen = true;
                await _limiter.RunAsync(mailbox, () => graph.Users[mailbox].SendMail.PostAsync(GraphBerichten.SendMail(b, inline), cancellationToken: ct), ct);
                return new BezorgResultaat(BezorgStatus.Bezorgd, b.IdempotencyKey);
            }

            var concept = await _limiter.RunAsync(mailbox, () => graph.Users[mailbox].Messages.PostAsync(GraphBerichten.Bericht(b, inline), cancellationToken: ct), ct);
            var id = concept?.Id ?? throw new InvalidOperationException("Graph created the draft without returning its id.");
            foreach (var bijlage in groot)
            {
                await UploadBijlageAsync(mailbox, id, bijlage, ct);
            }

            verzendenBegonnen = true;
            await _limiter.RunAsync(mailbox, () => graph.Users[mailbox].Messages[id].Send.PostAsync(cancellationToken: ct), ct);
            return new BezorgResultaat(BezorgStatus.Bezorgd, b.IdempotencyKey, id);
        }
        catch (ApiException ex)
        {
            return Mislukt(b, ex.ResponseStatusCode, verzendenBegonnen, ex, RetryAfter(ex));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.LastOrDefault() is ApiException last)
        {
            // The RetryHandler gave up: it reports every attempt; the last one says how it stands now.
            return Mislukt(b, last.ResponseStatusCode, verzendenBegonnen, last, RetryAfter(last));
        }
        catch (HttpRequestException ex)
        {
            return Mislukt(b, 0, verzendenBegonnen, ex, null);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            // HttpClient's own timeout, not the caller's cancellation.
            return Mislukt(b, 0, verzendenBegonnen, ex, null);
        }
    }

    public async Task<bool> IsAlBezorgdAsync(string idempotencyKey, CancellationToken ct)
    {
        var mailbox = Mailbox;
        var gevonden = await _limiter.RunAsync(mailbox, () => graph.Users[mailbox].MailFolders["sentitems"].Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = GraphBerichten.SentItemsFilter(idempotencyKey);
            request.QueryParameters.Select = ["id"];
            request.QueryParameters.Top = 1;
        }, ct), ct);
        return gevonden?.Value is { Count: > 0 };
    }

    private async Task UploadBijlageAsync(string mailbox, string messageId, Bijlage bijlage, CancellationToken ct)
    {
        var sessie = await _limiter.RunAsync(mailbox, () => graph.Users[mailbox].Messages[messageId].Attachments.CreateUploadSession
            .PostAsync(GraphBerichten.MailUploadSessie(bijlage), cancellationToken: ct), ct)
            ?? throw new InvalidOperationException($"Graph returned no upload session for attachment '{bijlage.Name}'.");
        using var inhoud = new MemoryStream(bijlage.Bytes, writable: false);
        var upload = new LargeFileUploadTask<FileAttachment>(sessie, inhoud, _options.UploadSliceBytes, graph.RequestAdapter);
        var resultaat = await _limiter.RunAsync(mailbox, () => upload.UploadAsync(cancellationToken: ct), ct);
        if (!resultaat.UploadSucceeded)
        {
            throw new HttpRequestException($"The upload of attachment '{bijlage.Name}' did not complete.");
        }
    }

    private async Task UploadNaarSharePointAsync(SharePointDoel doel, Bijlage bijlage, CancellationToken ct)
    {
        var item = graph.Drives[doel.DriveId].Root.ItemWithPath(GraphBerichten.DrivePad(doel, bijlage));
        using var inhoud = new MemoryStream(bijlage.Bytes, writable: false);
        if (bijlage.Bytes.Length < GraphBerichten.DriveSimpleUploadLimitBytes)
        {
            await item.Content.PutAsync(inhoud, cancellationToken: ct);
            return;
        }

        var sessie = await item.CreateUploadSession.PostAsync(GraphBerichten.DriveUploadSessie(), cancellationToken: ct)
            ?? throw new InvalidOperationException($"Graph returned no upload session for '{bijlage.Name}'.");
        var upload = new LargeFileUploadTask<DriveItem>(sessie, inhoud, _options.UploadSliceBytes, graph.RequestAdapter);
        var resultaat = await upload.UploadAsync(cancellationToken: ct);
        if (!resultaat.UploadSucceeded)
        {
            throw new HttpRequestException($"The SharePoint upload of '{bijlage.Name}' did not complete.");
        }
    }

    private BezorgResultaat Mislukt(Bezorging b, int status, bool verzendenBegonnen, Exception ex, TimeSpan? retryAfter)
    {
        var soort = status switch
        {
            429 => BezorgStatus.Tijdelijk,
            // Before the send request nothing can have gone out, whatever the error.
            _ when !verzendenBegonnen && (status is 0 or 408 or >= 500) => BezorgStatus.Tijdelijk,
            0 or 408 or >= 500 => BezorgStatus.Onzeker,
            _ => BezorgStatus.Geweigerd,
        };
        var fout = status == 0 ? ex.Message : $"Graph answered {status}: {ex.Message}";
        logger.LogWarning(ex, "Delivery {IdempotencyKey} to {Gemeente}: {Status} ({Fout})", b.IdempotencyKey, b.Gemeente, soort, fout);
        return new BezorgResultaat(soort, b.IdempotencyKey, Fout: fout, OpnieuwNa: retryAfter);
    }

    private static TimeSpan? RetryAfter(ApiException ex) =>
        ex.ResponseHeaders.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value &&
        int.TryParse(value, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
