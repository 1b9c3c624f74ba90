using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Automatisering.Benchmarks;
using Automatisering.Templating;

// Usage: dotnet run -c Release --project tests/Automatisering.Benchmarks -- [--count N] [--data FILE]
//        [--template FILE] [--out FILE] [--warmup W] [--level Fastest|Optimal|SmallestSize] [--handvest] [--pages P]
//        or: -- --besluitvorming [--dossiers 10000] [--queries 1000]  (status and inbox p50/p95 on Azurite)
//        or: -- --bad-input [--rounds 100]  (the function app's peak RSS through a bad-input run)
//        or: -- --pdf [--rounds 10] [--dossiers 5] [--requests 200]  (warm conversions, render ahead, serving PDFs)
// Mirrors bench.js of the docxtemplater reference: the template is compiled once, then every document is the
// full work a server does per request (render + a complete deflated .docx in a MemoryStream).
if (args.Contains("--bad-input"))
{
    await BadInputBenchmark.RunAsync(args);
    return;
}

if (args.Contains("--pdf"))
{
    await PdfBenchmark.RunAsync(args);
    return;
}

if (args.Contains("--besluitvorming"))
{
    await BesluitvormingBenchmark.RunAsync(args);
    return;
}

var arguments = BenchmarkArguments.Parse(args);
if (arguments.Handvest)
{
    HandvestBenchmark.Run(arguments);
    return;
}

var template = DocumentTemplate.Compile(File.OpenRead(arguments.TemplatePath), new TemplateOptions { CompressionLevel = arguments.Level });
using var data = JsonDocument.Parse(File.ReadAllBytes(arguments.DataPath));

for (var i = 0; i < arguments.Warmup; i++)
{
    using var warm = new MemoryStream();
    template.RenderTo(data.RootElement, warm);
}

byte[] last = [];
long bytes = 0;
var stopwatch = Stopwatch.StartNew();
for (var i = 0; i < arguments.Count; i++)
{
    using var output = new MemoryStream();
    template.RenderTo(data.RootElement, output);
    bytes += output.Length;
    if (i == arguments.Count - 1)
    {
        last = output.ToArray();
    }
}

stopwatch.Stop();
if (arguments.OutPath is not null)
{
    File.WriteAllBytes(arguments.OutPath, last);
}

var seconds = stopwatch.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"# .NET {Environment.Version}; template {new FileInfo(arguments.TemplatePath).Length} B; output avg {bytes / (double)arguments.Count / 1024:F1} KiB (DEFLATE {arguments.Level}); warmup {arguments.Warmup}; {seconds * 1000 / arguments.Count:F3} ms/doc{(arguments.OutPath is null ? "" : $"; last doc -> {arguments.OutPath}")}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"automatisering: {arguments.Count} docs in {seconds:F3} s = {arguments.Count / seconds:F1} docs/s (peak RSS {PeakRss.MiB():F1} MiB)"));
