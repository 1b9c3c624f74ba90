using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Automatisering.LocalHost;
using Microsoft.Extensions.Logging.Abstractions;

namespace Automatisering.Benchmarks;

/// <summary>
/// The outside bad-input run, measured: the function app as it runs locally (the local host, the worker in a process
/// of its own, Azurite), hundreds of malformed, 1 MB and 25 MB requests, then the worker's and the host's peak
/// resident memory (VmHWM). Target: under 400 MiB for the worker (an Azure Functions instance has 2 GiB).
/// </summary>
internal static class BadInputBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(100);
        using var azurite = await Azurite.StartAsync();
        await using var host = await StartFunctionAppAsync(azurite);
        using var client = new HttpClient { BaseAddress = host.HttpAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Dev-User", "mep-sdeboerhave");

        var oneMb = "\"" + new string('x', 1024 * 1024) + "\"";
        var twentyFiveMb = new byte[25 * 1024 * 1024];
        var statuses = new Dictionary<int, int>();
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var requests = new List<Func<Task<HttpResponseMessage>>>
            {
                () => client.PostAsync("/api/dossiers", Json("{\"onderwerp\": ")),
                () => client.PostAsync("/api/dossiers", Json("null")),
                () => client.PostAsync("/api/dossiers", Json(oneMb)),
                () => client.PostAsync("/api/dossiers/onbekend/retour", Json("{\"opmerking\": " + oneMb + "}")),
                () => client.PostAsync("/api/dossiers/onbekend/paraaf", Json("{\"soort\": 12}")),
                () => client.PostAsync("/api/dossiers/onbekend/bijlagen/a.docx", new ByteArrayContent(twentyFiveMb)),
                () => client.PostAsync("/api/dossiers/onbekend/bijlagen/a.docx", Chunked(twentyFiveMb)),
                () => client.PostAsync("/api/sjabloncontrole/agendapunt", Chunked(twentyFiveMb)),
                () => client.PostAsync("/api/documenten/meppel/agendapunt", Chunked(twentyFiveMb)),
            };
            var answers = await Task.WhenAll(requests.Select(r => r()));
            foreach (var answer in answers)
            {
                statuses[(int)answer.StatusCode] = statuses.GetValueOrDefault((int)answer.StatusCode) + 1;
                answer.Dispose();
            }
        }

        var worker = host.WorkerProcessId is { } pid ? PeakRss.MiB($"/proc/{pid}/status") : double.NaN;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# {rounds} rounds of 9 bad requests (malformed, null, 1 MB, 25 MB) in {stopwatch.Elapsed.TotalSeconds:F1} s; answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bad input: worker peak RSS {worker:F1} MiB, local host peak RSS {PeakRss.MiB():F1} MiB"));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>A body without Content-Length, so only reading it shows how large it is.</summary>
    private static StreamContent Chunked(byte[] bytes)
    {
        var content = new StreamContent(new NoLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    /// <summary>The function app as it runs locally: the local host with the worker from its Release output, on Azurite.</summary>
    internal static async Task<LocalFunctionsHost> StartFunctionAppAsync(Azurite azurite)
    {
        var host = new LocalFunctionsHost(
            new LocalHostOptions
            {
                ScriptRoot = Path.Combine(RepositoryRoot(), "functions", "Automatisering.Functions", "bin", "Release", "net10.0"),
                HttpPort = 0,
                Values = new Dictionary<string, string?>
                {
                    ["AzureWebJobsStorage"] = azurite.ConnectionString,
                    ["Automatisering__Identity__DevelopmentSignIn"] = "true",
                },
            },
            NullLoggerFactory.Instance);
        await host.StartAsync();
        await host.WaitUntilRunningAsync(TimeSpan.FromMinutes(2));
        return host;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Automatisering.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Automatisering.sln not found");
    }

    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
