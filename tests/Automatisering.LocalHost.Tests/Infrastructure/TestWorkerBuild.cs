using Automatisering.Testing;

namespace Automatisering.LocalHost.Tests.Infrastructure;

internal static class TestWorkerBuild
{
    /// <summary>The test worker's own build output (same configuration as this test run): the process launcher's script root.</summary>
    public static string Output { get; } = Path.Combine(
        RepositoryRoot.Path, "tests", "Automatisering.LocalHost.TestWorker", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name,
        new DirectoryInfo(AppContext.BaseDirectory).Name);
}
