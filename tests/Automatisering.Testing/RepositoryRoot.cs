namespace Automatisering.Testing;

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
