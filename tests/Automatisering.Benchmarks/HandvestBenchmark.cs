namespace Automatisering.Benchmarks;

internal static class HandvestBenchmark
{
    public static void Run(BenchmarkArguments arguments) => throw new NotImplementedException();
}
