using Automatisering.Domain.Storage;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The fields of every version (<c>versies/{dossierId}/{versionHash}.json</c>), next to its immutable documents: the
/// dossier itself keeps only the current fields, and a signer after a return needs to see what changed.
/// </summary>
public sealed class VersieInhoudStore(BlobServiceClient blobs)
{
    private readonly JsonBlobStore<VersieInhoud> _store = new(blobs.GetBlobContainerClient("versies"), BesluitvormingJson.Options);

    public async Task SaveAsync(string dossierId, string hash, VersieInhoud inhoud, CancellationToken cancellationToken)
    {
        try
        {
            await _store.CreateAsync(Key(dossierId, hash), inhoud, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Already kept: a version's hash fixes its content.
        }
    }

    public async Task<VersieInhoud?> GetAsync(string dossierId, string hash, CancellationToken cancellationToken) =>
        (await _store.GetAsync(Key(dossierId, hash), cancellationToken))?.Value;

    private static string Key(string dossierId, string hash) => $"{dossierId}/{hash}.json";
}
