using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Functions.Infrastructure.Storage;

/// <summary>
/// JSON documents in one blob container with optimistic concurrency: create only if absent
/// (If-None-Match: *), replace only at the ETag read (If-Match). A lost race is a
/// <see cref="ConcurrencyConflictException"/>, never a silent overwrite.
/// </summary>
public sealed class JsonBlobStore<T>(BlobContainerClient container, JsonSerializerOptions json) where T : class
{
    private readonly Lazy<Task> _created = new(() => container.CreateIfNotExistsAsync());

    public async Task<Stored<T>?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        try
        {
            var content = await container.GetBlobClient(key).DownloadContentAsync(cancellationToken);
            return new Stored<T>(content.Value.Content.ToObjectFromJson<T>(json)!, content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public Task<ETag> CreateAsync(string key, T value, CancellationToken cancellationToken = default) =>
        UploadAsync(key, value, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);

    public Task<ETag> ReplaceAsync(string key, T value, ETag ifMatch, CancellationToken cancellationToken = default) =>
        UploadAsync(key, value, new BlobRequestConditions { IfMatch = ifMatch }, cancellationToken);

    public async IAsyncEnumerable<string> ListKeysAsync(string? prefix = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _created.Value;
        await foreach (var blob in container.GetBlobsAsync(prefix: prefix, cancellationToken: cancellationToken))
        {
            yield return blob.Name;
        }
    }

    private async Task<ETag> UploadAsync(string key, T value, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        await _created.Value;
        try
        {
            var response = await container.GetBlobClient(key).UploadAsync(
                BinaryData.FromObjectAsJson(value, json),
                new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            return response.Value.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException(key, ex);
        }
    }
}
