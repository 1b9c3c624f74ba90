using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A dossier's audit trail as an append blob of canonical JSON lines (<c>audit/{dossierId}.jsonl</c>). Each append
/// is conditional on the blob's length, so concurrent appends never interleave or break the hash chain: the loser
/// re-reads the new last entry and chains onto it. In Azure the container carries an immutability policy with
/// protected append writes, so lines can be added but never changed or removed.
/// </summary>
public sealed class AuditTrailStore(BlobServiceClient blobs)
{
    public const string Container = "audit";
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);
    private readonly Lazy<Task> _created = new(() => blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync());

    public Task<AuditEntry> AppendAsync(string dossierId, string actor, string action, string @object, string result, string origin, DateTimeOffset time, string? documentHash, CancellationToken cancellationToken = default) =>
        AppendAsync(dossierId, new AuditOpdracht(actor, action, @object, result, origin, time, documentHash), once: false, cancellationToken);

    /// <summary>
    /// Appends the line unless the trail already has it (same actor, action, object, result and time to the tick):
    /// replaying an outbox line after a crash never duplicates it.
    /// </summary>
    public Task<AuditEntry> AppendOnceAsync(string dossierId, AuditOpdracht opdracht, CancellationToken cancellationToken = default) =>
        AppendAsync(dossierId, opdracht, once: true, cancellationToken);

    /// <summary>The lines in order, each unless the trail already has it.</summary>
    public async Task AppendOnceAsync(string dossierId, IEnumerable<AuditOpdracht> opdrachten, CancellationToken cancellationToken = default)
    {
        foreach (var opdracht in opdrachten)
        {
            await AppendAsync(dossierId, opdracht, once: true, cancellationToken);
        }
    }

    private async Task<AuditEntry> AppendAsync(string dossierId, AuditOpdracht opdracht, bool once, CancellationToken cancellationToken)
    {
        var (actor, action, @object, result, origin, time, documentHash) = opdracht;
        await _created.Value;
        var blob = _container.GetAppendBlobClient(BlobName(dossierId));
        for (var attempt = 0; ; attempt++)
        {
            var (text, length) = await ReadAsync(blob, cancellationToken);
            if (length < 0)
            {
                try
                {
                    await blob.CreateAsync(new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                {
                    // created by a concurrent append
                }

                (text, length) = ("", 0);
            }

            var entries = text.Length == 0 ? [] : AuditLog.Parse(text).Entries;
            if (once && entries.LastOrDefault(e => e.Time == time && e.Actor == actor && e.Action == action && e.Object == @object && e.Result == result) is { } bestaand)
            {
                return bestaand;
            }

            var previous = entries.LastOrDefault();
            var entry = AuditChain.Append(previous, actor, action, @object, result, origin, time, documentHash);
            try
            {
                using var line = new MemoryStream(Encoding.UTF8.GetBytes(AuditLog.Serialize(entry) + "\n"));
                await blob.AppendBlockAsync(line, new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = length } }, cancellationToken);
                return entry;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 50)
            {
                // Someone appended first: chain onto their entry.
            }
        }
    }

    /// <summary>The raw trail, as stored; <see cref="AuditLog.Parse"/> verifies it.</summary>
    public async Task<string> ReadTextAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var (text, _) = await ReadAsync(_container.GetAppendBlobClient(BlobName(dossierId)), cancellationToken);
        return text;
    }

    private static async Task<(string Text, long Length)> ReadAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            var bytes = content.Value.Content.ToMemory();
            return (Encoding.UTF8.GetString(bytes.Span), bytes.Length);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return ("", -1);
        }
    }

    private static string BlobName(string dossierId) => $"{dossierId}.jsonl";
}
