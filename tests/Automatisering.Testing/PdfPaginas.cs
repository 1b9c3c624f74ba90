using System.Diagnostics;

namespace Automatisering.Testing;

/// <summary>The text of each page of a PDF as poppler's pdftotext reads it (Debian package poppler-utils); it ends every page with a form feed.</summary>
public static class PdfPaginas
{
    public static IReadOnlyList<string> Of(byte[] pdf)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"automatisering-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0
                ? text.Split('\f').SkipLast(1).ToList()
                : throw new InvalidOperationException($"pdftotext ended with exit code {process.ExitCode}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
