using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Domain.Storage;

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

    /// <summary>Deletes the blob if it is still at <paramref name="ifMatch"/>; false when it changed or is gone.</summary>
    public async Task<bool> DeleteAsync(string key, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        try
        {
            await container.GetBlobClient(key).DeleteAsync(conditions: new BlobRequestConditions { IfMatch = ifMatch }, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Read-modify-write that always applies to the latest state: creates or replaces at the ETag read, and on a
    /// lost race reads again and re-applies <paramref name="change"/> (which must therefore be repeatable).
    /// </summary>
    public async Task<T> UpdateAsync(string key, Func<T?, T> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await GetAsync(key, cancellationToken);
            var value = change(stored?.Value);
            try
            {
                _ = stored is null
                    ? await CreateAsync(key, value, cancellationToken)
                    : await ReplaceAsync(key, value, stored.ETag, cancellationToken);
                return value;
            }
            catch (ConcurrencyConflictException) when (attempt < 100)
            {
                // Jitter, so writers that collided do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string? prefix = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _created.Value;
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, cancellationToken))
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
