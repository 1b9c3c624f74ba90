namespace Automatisering.LocalHost.Tests.Infrastructure;

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The test worker's own build output (same configuration as this test run): the process launcher's script root.</summary>
    public static string TestWorkerOutput { get; } = System.IO.Path.Combine(
        Path, "tests", "Automatisering.LocalHost.TestWorker", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name,
        new DirectoryInfo(AppContext.BaseDirectory).Name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Automatisering.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Automatisering.sln not found above " + AppContext.BaseDirectory);
    }
}
