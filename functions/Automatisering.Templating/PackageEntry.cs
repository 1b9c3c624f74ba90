namespace Automatisering.Templating;

/// <summary>One inflated zip entry of an inspected package, in the order of the original zip.</summary>
public sealed record PackageEntry(string Name, byte[] Data, DateTimeOffset LastWriteTime);
