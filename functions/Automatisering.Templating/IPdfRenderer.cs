namespace Automatisering.Templating;

public interface IPdfRenderer
{
    Task<byte[]> ConvertToPdfAsync(byte[] docx, CancellationToken ct);
}
