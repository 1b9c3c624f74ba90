using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// Uploaded templates per gemeente and document type in container <c>sjablonen</c>: immutable blobs
/// <c>{gemeente}/{type}/v{n}.docx</c> and an index <c>{gemeente}/{type}/index.json</c> changed only at its ETag.
/// A version number is claimed by creating its blob (If-None-Match: *), so two simultaneous uploads never share one.
/// </summary>
public sealed class SjabloonStore(BlobServiceClient blobs)
{
    public const string Container = "sjablonen";

    /// <summary>What a dossier records for a document made with the shipped template.</summary>
    public const string Standaard = "standaard";

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);
    private readonly JsonBlobStore<SjabloonIndex> _index = new(blobs.GetBlobContainerClient(Container), BesluitvormingJson.Options);
    private readonly Lazy<Task> _created = new(() => blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync());

    public static string Id(string gemeente, string type, int nummer) => $"{gemeente}/{type}/v{nummer}";

    public async Task<SjabloonIndex> GetIndexAsync(string gemeente, string type, CancellationToken cancellationToken = default) =>
        (await _index.GetAsync(IndexKey(gemeente, type), cancellationToken))?.Value ?? new SjabloonIndex();

    public async Task<byte[]?> GetDocxAsync(string gemeente, string type, int nummer, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        try
        {
            var content = await _container.GetBlobClient(DocxKey(gemeente, type, nummer)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Stores an (already inspected) upload as the next version; it is not active until activated.</summary>
    public async Task<SjabloonVersie> AddAsync(string gemeente, string type, byte[] docx, string bestandsnaam, string actorId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var index = await GetIndexAsync(gemeente, type, cancellationToken);
        var nummer = index.Versies.Select(v => v.Nummer).Concat(index.Verwijderd).DefaultIfEmpty(0).Max() + 1;
        var sha = DossierDocumentStore.Sha256(docx);
        for (; ; nummer++)
        {
            try
            {
                await _container.GetBlobClient(DocxKey(gemeente, type, nummer)).UploadAsync(BinaryData.FromBytes(docx), new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = new Dictionary<string, string> { ["sha256"] = sha },
                    HttpHeaders = new BlobHttpHeaders { ContentType = DocumentRenderer.DocxContentType },
                }, cancellationToken);
                break;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Claimed by a simultaneous upload: take the next number.
            }
        }

        var versie = new SjabloonVersie(nummer, actorId, now, bestandsnaam, sha, docx.LongLength);
        await _index.UpdateAsync(IndexKey(gemeente, type), current => (current ?? new SjabloonIndex { OoitActief = [] }) with
        {
            Versies = [.. (current?.Versies ?? []).Where(v => v.Nummer != nummer), versie],
            OoitActief = current?.Gebruikt ?? [],
        }, cancellationToken);
        return versie;
    }

    /// <summary>
    /// Removes a version that was never active (an upload not wanted after all): from the index first, so it can no
    /// longer be activated, then its file. Its number is not given out again.
    /// </summary>
    /// <exception cref="SjabloonNotFoundException">There is no such version.</exception>
    /// <exception cref="SjabloonInGebruikException">It is or has been active.</exception>
    public async Task<SjabloonVersie> RemoveAsync(string gemeente, string type, int nummer, CancellationToken cancellationToken = default)
    {
        SjabloonVersie? verwijderd = null;
        await _index.UpdateAsync(IndexKey(gemeente, type), current =>
        {
            current ??= new SjabloonIndex { OoitActief = [] };
            verwijderd = current.Versies.FirstOrDefault(v => v.Nummer == nummer)
                ?? throw new SjabloonNotFoundException($"Versie {nummer} van sjabloon '{type}' bestaat niet voor gemeente '{gemeente}'.");
            if (!current.IsVerwijderbaar(nummer))
            {
                throw new SjabloonInGebruikException(current.Actief == nummer
                    ? $"Versie {nummer} is het actieve sjabloon; activeer eerst een andere versie of het standaardsjabloon."
                    : $"Versie {nummer} is actief geweest; documenten verwijzen ernaar, dus het blijft bewaard.");
            }

            return current with
            {
                Versies = [.. current.Versies.Where(v => v.Nummer != nummer)],
                Verwijderd = [.. current.Verwijderd, nummer],
                OoitActief = current.Gebruikt,
            };
        }, cancellationToken);
        await _container.GetBlobClient(DocxKey(gemeente, type, nummer)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        return verwijderd!;
    }

    /// <summary>Makes version <paramref name="nummer"/> the active one; null goes back to the shipped template.</summary>
    public Task<SjabloonIndex> ActivateAsync(string gemeente, string type, int? nummer, string actorId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        _index.UpdateAsync(IndexKey(gemeente, type), current =>
        {
            current ??= new SjabloonIndex();
            if (nummer is { } n && current.Versies.All(v => v.Nummer != n))
            {
                throw new SjabloonNotFoundException($"Versie {n} van sjabloon '{type}' bestaat niet voor gemeente '{gemeente}'.");
            }

            return current with
            {
                Actief = nummer,
                GeactiveerdDoor = actorId,
                GeactiveerdOp = now,
                OoitActief = nummer is { } actief && !current.Gebruikt.Contains(actief) ? [.. current.Gebruikt, actief] : current.Gebruikt,
            };
        }, cancellationToken);

    private static string IndexKey(string gemeente, string type) => $"{gemeente}/{type}/index.json";

    private static string DocxKey(string gemeente, string type, int nummer) => $"{gemeente}/{type}/v{nummer}.docx";
}
