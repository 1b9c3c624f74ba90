using System.Diagnostics;

namespace Automatisering.Templating.Tests;

/// <summary>The text of a PDF as poppler's pdftotext reads it (Debian package poppler-utils).</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"automatisering-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
