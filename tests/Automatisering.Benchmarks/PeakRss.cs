using System.Globalization;

namespace Automatisering.Benchmarks;

internal static class PeakRss
{
    /// <summary>VmHWM from /proc/self/status: the same figure as Node's resourceUsage().maxRSS.</summary>
    public static double MiB(string status = "/proc/self/status")
    {
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }

        return double.NaN;
    }
}
