using System.Globalization;

namespace Automatisering.Benchmarks;

internal sealed record BenchmarkArguments(int Count, string DataPath, string TemplatePath, string? OutPath, int Warmup, bool Handvest, int Pages, System.IO.Compression.CompressionLevel Level)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var count = 2000;
        var data = Path.Combine(AppContext.BaseDirectory, "data.json");
        var template = Path.Combine(AppContext.BaseDirectory, "agendapunt.docx");
        string? output = null;
        var warmup = 0;
        var handvest = false;
        var pages = 60;
        var level = System.IO.Compression.CompressionLevel.Fastest;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"missing value for {args[i]}");
            switch (args[i])
            {
                case "--count": count = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--data": data = Path.GetFullPath(Value()); break;
                case "--template": template = Path.GetFullPath(Value()); break;
                case "--out": output = Path.GetFullPath(Value()); break;
                case "--warmup": warmup = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--handvest": handvest = true; break;
                case "--pages": pages = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--level": level = Enum.Parse<System.IO.Compression.CompressionLevel>(Value(), ignoreCase: true); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (count <= 0)
        {
            throw new ArgumentException("--count must be positive");
        }

        return new BenchmarkArguments(count, data, template, output, warmup, handvest, pages, level);
    }
}
