namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>A temporary Functions script root (host.json + function folders) for test-only functions.</summary>
public sealed class ScriptRoot : IDisposable
{
    public ScriptRoot(string hostJson = """{ "version": "2.0", "extensions": { "queues": { "maxPollingInterval": "00:00:00.500", "visibilityTimeout": "00:00:00" } } }""")
    {
        Path = Directory.CreateTempSubdirectory("automatisering-scriptroot-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "host.json"), hostJson);
    }

    public string Path { get; }

    public ScriptRoot WithFunction(string name, string functionJson)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, name));
        File.WriteAllText(System.IO.Path.Combine(folder.FullName, "function.json"), functionJson);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
