using Automatisering.Templating;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>The real converter, counting its conversions: a served PDF that needed none was made ahead.</summary>
public sealed class TellendePdfRenderer(IPdfRenderer inner) : IPdfRenderer
{
    private int _aantal;

    public int Aantal => Volatile.Read(ref _aantal);

    public async Task<byte[]> ConvertToPdfAsync(byte[] docx, CancellationToken ct)
    {
        var pdf = await inner.ConvertToPdfAsync(docx, ct);
        Interlocked.Increment(ref _aantal);
        return pdf;
    }
}
