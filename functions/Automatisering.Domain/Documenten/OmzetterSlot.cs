using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Automatisering.Templating;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// One conversion slot of <see cref="LibreOfficeOmzetter"/>: a Python process (<c>pdf-omzetter.py</c>) that keeps
/// its own soffice with its own profile and converts one document at a time. Started on first use, started again
/// when it died or overran its time; used by one conversion at a time (the pool hands it out).
/// </summary>
internal sealed partial class OmzetterSlot(int nummer, string werkmap, string script, string soffice, PdfOptions options, ILogger logger) : IDisposable
{
    private static readonly TimeSpan StartTijd = TimeSpan.FromSeconds(90);
    private readonly string _map = Directory.CreateDirectory(Path.Combine(werkmap, $"slot-{nummer}")).FullName;
    private readonly StringBuilder _stderr = new();
    private Process? _python;
    private bool _disposed;

    /// <summary>The soffice this slot talks to (its process group holds soffice.bin), while it runs.</summary>
    public int? SofficePid { get; private set; }

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        var input = Path.Combine(_map, "document.docx");
        var output = Path.Combine(_map, "document.pdf");
        await File.WriteAllBytesAsync(input, docx, ct).ConfigureAwait(false);
        File.Delete(output);

        // A soffice that died since the last document (killed, crashed) shows only when it is asked: then this
        // document gets one fresh start rather than a failure.
        for (var poging = 1; ; poging++)
        {
            var python = await StartedAsync(ct).ConfigureAwait(false);
            var klok = Stopwatch.StartNew();
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconden));
            JsonElement? antwoord;
            try
            {
                await python.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { @in = input, @out = output, taal = PdfWeergaven.Taal }).AsMemory(), limit.Token).ConfigureAwait(false);
                await python.StandardInput.FlushAsync(limit.Token).ConfigureAwait(false);
                antwoord = Parse(await python.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                Stop($"afgebroken na {klok.Elapsed.TotalSeconds:F0} s");
                ct.ThrowIfCancellationRequested();
                throw new PdfConversionException($"LibreOffice deed er langer dan {options.TimeoutSeconden} s over; afgebroken.");
            }
            catch (IOException)
            {
                antwoord = null; // the pipe broke: the slot is gone
            }

            if (antwoord is { } a && a.TryGetProperty("ok", out var ok) && ok.GetBoolean())
            {
                LogOmgezet(logger, nummer, klok.ElapsedMilliseconds);
                return await File.ReadAllBytesAsync(output, ct).ConfigureAwait(false);
            }

            var fout = antwoord is { } f && f.TryGetProperty("fout", out var tekst) ? tekst.GetString() : null;
            var dood = antwoord is null || antwoord.Value.TryGetProperty("dood", out var d) && d.GetBoolean();
            if (!dood)
            {
                throw new PdfConversionException($"LibreOffice maakte geen PDF: {fout}");
            }

            Stop(fout ?? $"het omzetproces stopte {Stderr()}".Trim());
            if (poging == 2)
            {
                throw new PdfConversionException($"LibreOffice stopte tijdens het omzetten: {fout ?? Stderr()}".Trim());
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Stop(null);
    }

    private async Task<Process> StartedAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_python is { HasExited: false } running)
        {
            return running;
        }

        Stop(null);
        var klok = Stopwatch.StartNew();
        var start = new ProcessStartInfo(options.Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(soffice);
        start.ArgumentList.Add(Path.Combine(_map, "profiel"));
        start.ArgumentList.Add($"automatisering-{Environment.ProcessId}-{Guid.NewGuid():n}");
        Process python;
        try
        {
            python = Process.Start(start) ?? throw new PdfConversionException($"Python ('{options.Python}') kon niet worden gestart.");
        }
        catch (Win32Exception e)
        {
            throw new PdfConversionException($"Python ('{options.Python}') is niet gevonden; installeer de Debian-pakketten python3 en python3-uno (infra/local/setup.sh).", e);
        }

        lock (_stderr)
        {
            _stderr.Clear();
        }

        python.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                // Only the tail matters (a Python traceback's last lines name the cause).
                if (e.Data is { } regel && _stderr.Append(regel).Append(' ').Length > 4000)
                {
                    _stderr.Remove(0, _stderr.Length - 2000);
                }
            }
        };
        python.BeginErrorReadLine();
        _python = python;

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(StartTijd);
        try
        {
            var klaar = Parse(await python.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false));
            if (klaar is { } k && k.TryGetProperty("pid", out var pid))
            {
                SofficePid = pid.GetInt32();
                LogGestart(logger, nummer, SofficePid.Value, klok.ElapsedMilliseconds);
                return python;
            }

            if (klaar is { } f && f.TryGetProperty("fout", out var fout))
            {
                Stop(null);
                throw new PdfConversionException(fout.GetString() ?? "LibreOffice kon niet worden gestart.");
            }
        }
        catch (OperationCanceledException)
        {
            Stop(null);
            ct.ThrowIfCancellationRequested();
            throw new PdfConversionException($"LibreOffice startte niet binnen {StartTijd.TotalSeconds:F0} s.");
        }

        await python.WaitForExitAsync(ct).ConfigureAwait(false);
        var reden = Stderr();
        Stop(null);
        throw new PdfConversionException(reden.Contains("No module named 'uno'", StringComparison.Ordinal)
            ? $"'{options.Python}' kent de module uno niet; installeer het Debian-pakket python3-uno (infra/local/setup.sh)."
            : $"LibreOffice ('{soffice}') kon niet worden gestart: {reden}".Trim());
    }

    private void Stop(string? reden)
    {
        if (_python is not { } python)
        {
            return;
        }

        _python = null;
        SofficePid = null;
        if (reden is not null)
        {
            LogGestopt(logger, nummer, reden);
        }

        try
        {
            // Closing stdin lets the script end its soffice; the kill is for a script that no longer listens.
            python.StandardInput.Close();
            if (!python.WaitForExit(TimeSpan.FromSeconds(3)))
            {
                python.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
        finally
        {
            python.Dispose();
        }
    }

    private string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.ToString().Trim();
        }
    }

    private static JsonElement? Parse(string? regel)
    {
        if (string.IsNullOrWhiteSpace(regel))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(regel).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "LibreOffice-slot {Slot} gestart (soffice {Pid}) in {Ms} ms")]
    private static partial void LogGestart(ILogger logger, int slot, int pid, long ms);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LibreOffice-slot {Slot} gestopt: {Reden}; het volgende document start het opnieuw")]
    private static partial void LogGestopt(ILogger logger, int slot, string reden);

    [LoggerMessage(Level = LogLevel.Debug, Message = "LibreOffice-slot {Slot}: omgezet in {Ms} ms")]
    private static partial void LogOmgezet(ILogger logger, int slot, long ms);
}
