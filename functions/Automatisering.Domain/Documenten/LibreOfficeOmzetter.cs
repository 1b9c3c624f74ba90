using System.Threading.Channels;
using Automatisering.Templating;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// The local PDF converter: a few LibreOffice processes kept running between documents (a fresh soffice costs
/// seconds per document, a warm one a fraction of that). Each slot is a long-lived soffice with its own profile,
/// driven over UNO by <c>pdf-omzetter.py</c> (Debian's python3-uno); at most <see cref="PdfOptions.Slots"/>
/// documents convert at once, each within <see cref="PdfOptions.TimeoutSeconden"/>. Slots start on first use and
/// again after they died; disposing (the app stopping) ends them.
/// </summary>
public sealed class LibreOfficeOmzetter : IPdfRenderer, IDisposable
{
    private readonly Channel<OmzetterSlot> _vrij = Channel.CreateUnbounded<OmzetterSlot>();
    private readonly OmzetterSlot[] _slots;
    private readonly DirectoryInfo _werkmap;

    public LibreOfficeOmzetter(IOptions<PdfOptions> options, IOptions<TemplatesOptions> templates, ILogger<LibreOfficeOmzetter> logger)
    {
        _werkmap = Directory.CreateTempSubdirectory("automatisering-omzetter-");

        // The script ships inside the assembly, so every host (function app, web app, tests) finds the same one.
        var script = Path.Combine(_werkmap.FullName, "pdf-omzetter.py");
        using (var bron = typeof(LibreOfficeOmzetter).Assembly.GetManifestResourceStream("pdf-omzetter.py")!)
        using (var doel = File.Create(script))
        {
            bron.CopyTo(doel);
        }

        _slots = Enumerable.Range(1, options.Value.Slots)
            .Select(n => new OmzetterSlot(n, _werkmap.FullName, script, templates.Value.Soffice, options.Value, logger))
            .ToArray();
        foreach (var slot in _slots)
        {
            _vrij.Writer.TryWrite(slot);
        }
    }

    /// <summary>The running soffice processes (for the test that kills one).</summary>
    public IReadOnlyList<int> SofficeProcessen => [.. _slots.Select(s => s.SofficePid).OfType<int>()];

    public async Task<byte[]> ConvertToPdfAsync(byte[] docx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var slot = await _vrij.Reader.ReadAsync(ct).ConfigureAwait(false);
        try
        {
            return await slot.ConvertAsync(docx, ct).ConfigureAwait(false);
        }
        finally
        {
            _vrij.Writer.TryWrite(slot);
        }
    }

    public void Dispose()
    {
        _vrij.Writer.TryComplete();
        foreach (var slot in _slots)
        {
            slot.Dispose();
        }

        try
        {
            _werkmap.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A soffice still closing holds its profile a moment; the temp folder is the OS's to clean then.
        }
    }
}
