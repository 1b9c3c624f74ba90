namespace Automatisering.Functions.CustomHandler;

/// <summary>A host.json or function.json the runner cannot honour; the message names the file.</summary>
public sealed class FunctionConfigurationException(string filePath, string reason, Exception? inner = null)
    : Exception($"{filePath}: {reason}", inner)
{
    public string FilePath { get; } = filePath;
}
