using Automatisering.Templating;
using Microsoft.Graph;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// PDF conversion in production, where LibreOffice is not available: the document is placed in a drive folder,
/// fetched back as <c>content?format=pdf</c> (Word's own rendering), and removed again.
/// </summary>
public sealed class GraphPdfRenderer(GraphServiceClient graph, string driveId, string folder) : IPdfRenderer
{
    public async Task<byte[]> ConvertToPdfAsync(byte[] docx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (docx.Length == 0)
        {
            throw new ArgumentException("The document to convert is empty.", nameof(docx));
        }

        var pad = $"{folder.Trim('/')}/{Guid.NewGuid():N}.docx".TrimStart('/');
        using var inhoud = new MemoryStream(docx, writable: false);
        var item = await graph.Drives[driveId].Root.ItemWithPath(pad).Content.PutAsync(inhoud, cancellationToken: ct);
        var id = item?.Id ?? throw new InvalidOperationException("Graph stored the document without returning its id.");
        try
        {
            // Graph documents the conversion as ?format=pdf; the SDK's generated Format parameter sends $format.
            var url = $"{graph.RequestAdapter.BaseUrl}/drives/{Uri.EscapeDataString(driveId)}/items/{Uri.EscapeDataString(id)}/content?format=pdf";
            await using var pdf = await graph.Drives[driveId].Items[id].Content.WithUrl(url).GetAsync(cancellationToken: ct)
                ?? throw new InvalidOperationException("Graph returned no PDF.");
            using var buffer = new MemoryStream();
            await pdf.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
        finally
        {
            // The temporary copy must not linger in the library, also when the conversion failed.
            await graph.Drives[driveId].Items[id].DeleteAsync(cancellationToken: CancellationToken.None);
        }
    }
}
