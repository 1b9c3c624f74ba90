using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// The local channel: nothing is sent; the exact Graph requests production would make (bodies serialised by the
/// Graph SDK itself) and the files are written to the outbox container under <c>{idempotencyKey}/</c> for a person
/// to inspect. <c>bezorging.json</c> is written first with If-None-Match: *, so a second delivery with the same key
/// writes nothing (at most once).
/// </summary>
public sealed class OutboxKanaal : IDistributieKanaal
{
    public const string ManifestBlob = "bezorging.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly BlobContainerClient _container;
    private readonly GraphDistributieOptions _options;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _created;

    // Builds requests only: its HTTP client is never called.
    private readonly GraphServiceClient _requests;

    public OutboxKanaal(BlobServiceClient blobs, IOptions<DistributieOptions> options, TimeProvider time)
    {
        _container = blobs.GetBlobContainerClient(options.Value.OutboxContainer);
        _options = options.Value.Graph;
        _time = time;
        _created = new(() => _container.CreateIfNotExistsAsync());
        _requests = new GraphServiceClient(new HttpClient(), new AnonymousAuthenticationProvider(), _options.BaseUrl.TrimEnd('/'));
    }

    public async Task<BezorgResultaat> BezorgAsync(Bezorging b, CancellationToken ct)
    {
        b.Valideer();
        var (verzoeken, blobs) = await PlanAsync(b);
        var manifest = new OutboxManifest(b.IdempotencyKey, b.Gemeente, b.Onderwerp, b.To, _time.GetUtcNow(), verzoeken);

        await _created.Value;
        try
        {
            await _container.GetBlobClient($"{b.IdempotencyKey}/{ManifestBlob}").UploadAsync(
                BinaryData.FromObjectAsJson(manifest, Json),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                },
                ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return new BezorgResultaat(BezorgStatus.AlBezorgd, b.IdempotencyKey, Referentie(b));
        }

        foreach (var (naam, inhoud, contentType) in blobs)
        {
            await _container.GetBlobClient($"{b.IdempotencyKey}/{naam}").UploadAsync(
                inhoud, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, ct);
        }

        return new BezorgResultaat(BezorgStatus.Bezorgd, b.IdempotencyKey, Referentie(b));
    }

    public async Task<bool> IsAlBezorgdAsync(string idempotencyKey, CancellationToken ct)
    {
        await _created.Value;
        return await _container.GetBlobClient($"{idempotencyKey}/{ManifestBlob}").ExistsAsync(ct);
    }

    private string Referentie(Bezorging b) => $"{_container.Name}/{b.IdempotencyKey}/";

    /// <summary>The same steps as <see cref="GraphKanaal"/>, as request descriptions instead of calls.</summary>
    private async Task<(List<OutboxVerzoek>, List<(string Naam, BinaryData Inhoud, string ContentType)>)> PlanAsync(Bezorging b)
    {
        List<OutboxVerzoek> verzoeken = [];
        List<(string, BinaryData, string)> blobs = [];
        var volgnummer = 0;

        void Verzoek(RequestInformation request, string? body, string? toelichting = null) =>
            verzoeken.Add(new OutboxVerzoek(request.HttpMethod.ToString(), Uri.UnescapeDataString(request.URI.ToString()), body, toelichting));

        async Task<string> JsonBodyAsync(RequestInformation request, string naam)
        {
            var blob = $"verzoeken/{++volgnummer:00}-{naam}.json";
            using var reader = new MemoryStream();
            await request.Content.CopyToAsync(reader);
            blobs.Add((blob, BinaryData.FromBytes(reader.ToArray()), "application/json"));
            return blob;
        }

        foreach (var bijlage in b.Attachments)
        {
            blobs.Add(($"bijlagen/{bijlage.Name}", BinaryData.FromBytes(bijlage.Bytes), bijlage.ContentType));
        }

        if (b.SharePoint is { } doel)
        {
            foreach (var bijlage in b.Attachments)
            {
                var item = _requests.Drives[doel.DriveId].Root.ItemWithPath(GraphBerichten.DrivePad(doel, bijlage));
                if (bijlage.Bytes.Length < GraphBerichten.DriveSimpleUploadLimitBytes)
                {
                    Verzoek(item.Content.ToPutRequestInformation(new MemoryStream(bijlage.Bytes)), $"bijlagen/{bijlage.Name}");
                }
                else
                {
                    var sessie = item.CreateUploadSession.ToPostRequestInformation(GraphBerichten.DriveUploadSessie());
                    Verzoek(sessie, await JsonBodyAsync(sessie, $"createUploadSession-{bijlage.Name}"));
                    verzoeken.Add(new OutboxVerzoek("PUT", "{uploadUrl}", $"bijlagen/{bijlage.Name}", SliceToelichting()));
                }
            }
        }

        if (b.To.Count == 0)
        {
            return (verzoeken, blobs);
        }

        var mailbox = _options.SharedMailbox is { Length: > 0 } m ? m : "{SharedMailbox}";
        var (inline, groot) = GraphBerichten.VerdeelBijlagen(b.Attachments);
        if (groot.Count == 0)
        {
            var sendMail = _requests.Users[mailbox].SendMail.ToPostRequestInformation(GraphBerichten.SendMail(b, inline));
            Verzoek(sendMail, await JsonBodyAsync(sendMail, "sendMail"));
            return (verzoeken, blobs);
        }

        var concept = _requests.Users[mailbox].Messages.ToPostRequestInformation(GraphBerichten.Bericht(b, inline));
        Verzoek(concept, await JsonBodyAsync(concept, "message"), "Creates the draft; its id is {messageId} below.");
        foreach (var bijlage in groot)
        {
            var sessie = _requests.Users[mailbox].Messages["{messageId}"].Attachments.CreateUploadSession.ToPostRequestInformation(GraphBerichten.MailUploadSessie(bijlage));
            Verzoek(sessie, await JsonBodyAsync(sessie, $"createUploadSession-{bijlage.Name}"));
            verzoeken.Add(new OutboxVerzoek("PUT", "{uploadUrl}", $"bijlagen/{bijlage.Name}", SliceToelichting()));
        }

        Verzoek(_requests.Users[mailbox].Messages["{messageId}"].Send.ToPostRequestInformation(), null);
        return (verzoeken, blobs);
    }

    private string SliceToelichting() =>
        $"To the upload session's uploadUrl, in slices of at most {_options.UploadSliceBytes} bytes with Content-Range, without Authorization.";
}
