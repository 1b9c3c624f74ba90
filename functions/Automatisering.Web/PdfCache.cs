using Automatisering.Templating;
using Microsoft.Extensions.Caching.Memory;

namespace Automatisering.Web;

/// <summary>
/// PDF views of stored documents, kept by the document's SHA-256: a LibreOffice conversion takes seconds, and a
/// signer reopening the same version should not wait for it again.
/// </summary>
public sealed class PdfCache(IPdfRenderer renderer)
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    public async Task<byte[]> GetAsync(byte[] docx, string sha256, CancellationToken ct)
    {
        if (_cache.TryGetValue(sha256, out byte[]? pdf) && pdf is not null)
        {
            return pdf;
        }

        pdf = await renderer.ConvertToPdfAsync(docx, ct);
        _cache.Set(sha256, pdf, new MemoryCacheEntryOptions { Size = 1 });
        return pdf;
    }
}
