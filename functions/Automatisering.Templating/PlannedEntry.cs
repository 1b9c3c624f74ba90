namespace Automatisering.Templating;

/// <summary>
/// One zip entry of the output. <paramref name="Part"/> set: rendered per document. <paramref name="ImageRelsFor"/>
/// set: the relationships of that part, written after it with the images the render added.
/// </summary>
internal sealed record PlannedEntry(string Name, byte[] Data, DateTimeOffset LastWriteTime, CompiledPart? Part, string? ImageRelsFor);
