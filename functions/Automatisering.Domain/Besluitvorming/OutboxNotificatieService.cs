using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The local notification channel: each notification becomes <c>outbox/notificaties/{key}.json</c> (recipients,
/// subject, text), created only if absent, so the same key is written (sent) once even when the timer fires twice.
/// With <paramref name="mail"/> (the local distribution channel) it is also written as the exact Graph request
/// production would send, under <c>outbox/notificatie/{key}/</c>, as distributed decisions are.
/// </summary>
public sealed class OutboxNotificatieService(BlobServiceClient blobs, INotificatieService? mail = null) : INotificatieService
{
    public const string Container = "outbox";
    private readonly Lazy<Task> _created = new(() => blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync());

    public async Task<bool> VerstuurEenmaligAsync(Notificatie notificatie, CancellationToken cancellationToken)
    {
        // The mail first: it is written once per key too, so after a stop in between the retry completes both.
        if (mail is not null)
        {
            await mail.VerstuurEenmaligAsync(notificatie, cancellationToken);
        }

        await _created.Value;
        try
        {
            await blobs.GetBlobContainerClient(Container).GetBlobClient($"notificaties/{notificatie.Sleutel}.json").UploadAsync(
                BinaryData.FromObjectAsJson(notificatie, BesluitvormingJson.Options),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
