using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Automatisering.Domain.Documenten;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The generated documents of a dossier as immutable blobs: <c>documenten/{dossierId}/{versionHash}/{name}.docx</c>
/// for each signed version, <c>documenten/{dossierId}/besluit-{n}/agendapunt.docx</c> after the n-th decision. A
/// blob is written once (If-None-Match: *) and carries its SHA-256; writing the same content again is a no-op.
/// Every stored .docx has its PDF made ahead of the first view (<see cref="PdfWeergaven"/>).
/// </summary>
public sealed class DossierDocumentStore(BlobServiceClient blobs, PdfWeergaven pdf)
{
    public const string Container = "documenten";
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);
    private readonly Lazy<Task> _created = new(() => blobs.GetBlobContainerClient(Container).CreateIfNotExistsAsync());

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The version hash a paraaf binds to: SHA-256 over the names and hashes of the version's documents.</summary>
    public static string VersionHash(IReadOnlyDictionary<string, byte[]> documents) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(
            documents.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}:{Sha256(d.Value)}\n")))));

    public async Task SaveAsync(string dossierId, string folder, IReadOnlyDictionary<string, byte[]> documents, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        foreach (var (name, content) in documents)
        {
            var blob = _container.GetBlobClient($"{dossierId}/{folder}/{name}");
            try
            {
                await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = new Dictionary<string, string> { ["sha256"] = Sha256(content) },
                    HttpHeaders = new BlobHttpHeaders { ContentType = ContentType(name) },
                }, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Already stored: same path means same version, and rendering is deterministic.
            }

            // Asked again when it was already stored too: a request lost before (a crash right after the upload) is
            // made good, and one for a PDF that exists costs the function a single existence check.
            if (name.EndsWith(".docx", StringComparison.Ordinal))
            {
                await pdf.VraagAanAsync(new PdfOpdracht(dossierId, folder, name, Sha256(content)), cancellationToken);
            }
        }
    }

    /// <summary>The names of one version's documents, without reading them.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string dossierId, string folder, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{dossierId}/{folder}/", cancellationToken))
        {
            names.Add(blob.Name[(dossierId.Length + folder.Length + 2)..]);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Every document of one version (or decision) folder.</summary>
    public async Task<IReadOnlyDictionary<string, byte[]>> ListAsync(string dossierId, string folder, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await foreach (var blob in _container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"{dossierId}/{folder}/", cancellationToken))
        {
            var content = await _container.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken);
            documents[blob.Name[(dossierId.Length + folder.Length + 2)..]] = content.Value.Content.ToArray();
        }

        return documents;
    }

    public async Task<StoredDocument?> GetAsync(string dossierId, string folder, string name, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        try
        {
            var content = await _container.GetBlobClient($"{dossierId}/{folder}/{name}").DownloadContentAsync(cancellationToken);
            var bytes = content.Value.Content.ToArray();
            content.Value.Details.Metadata.TryGetValue("sha256", out var sha);
            return new StoredDocument(name, bytes, sha ?? Sha256(bytes), ContentType(name), folder);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".pdf" => "application/pdf",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };
}
