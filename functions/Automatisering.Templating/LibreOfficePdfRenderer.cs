using System.ComponentModel;
using System.Diagnostics;

namespace Automatisering.Templating;

/// <summary>
/// Converts with <c>soffice --headless --convert-to pdf</c>. Every conversion gets its own temporary directory
/// and its own LibreOffice profile (<c>-env:UserInstallation</c>): two soffice processes sharing a profile
/// would hand the work to one another or fail on the profile lock.
/// </summary>
public sealed class LibreOfficePdfRenderer(string sofficePath = "soffice", TimeSpan? timeout = null) : IPdfRenderer
{
    private readonly TimeSpan timeout = timeout ?? TimeSpan.FromSeconds(120);

    public async Task<byte[]> ConvertToPdfAsync(byte[] docx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var directory = Directory.CreateTempSubdirectory("automatisering-pdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx, ct).ConfigureAwait(false);
            var start = new ProcessStartInfo(sofficePath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add($"-env:UserInstallation={new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri}");
            start.ArgumentList.Add("--headless");
            start.ArgumentList.Add("--norestore");
            start.ArgumentList.Add("--nolockcheck");
            start.ArgumentList.Add("--convert-to");
            start.ArgumentList.Add("pdf");
            start.ArgumentList.Add("--outdir");
            start.ArgumentList.Add(directory.FullName);
            start.ArgumentList.Add(input);

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new PdfConversionException($"LibreOffice ('{sofficePath}') kon niet worden gestart.");
            }
            catch (Win32Exception e)
            {
                throw new PdfConversionException($"LibreOffice ('{sofficePath}') is niet gevonden; installeer het Debian-pakket libreoffice-writer-nogui.", e);
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync(ct);
                var stderr = process.StandardError.ReadToEndAsync(ct);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
                limit.CancelAfter(timeout);
                try
                {
                    await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    ct.ThrowIfCancellationRequested();
                    throw new PdfConversionException($"LibreOffice deed er langer dan {timeout.TotalSeconds:F0} s over; afgebroken.");
                }

                var output = Path.Combine(directory.FullName, "document.pdf");
                if (process.ExitCode != 0 || !File.Exists(output))
                {
                    throw new PdfConversionException($"LibreOffice maakte geen PDF (exitcode {process.ExitCode}): {await stderr.ConfigureAwait(false)} {await stdout.ConfigureAwait(false)}".Trim());
                }

                return await File.ReadAllBytesAsync(output, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A killed soffice may still hold files for a moment; the temp directory is cleaned by the OS later.
            }
        }
    }
}
