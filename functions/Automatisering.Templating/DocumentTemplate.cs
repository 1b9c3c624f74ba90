using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Automatisering.Templating;

/// <summary>
/// A compiled Word template: compile once (slow, checks everything), then render many documents concurrently.
/// Immutable after <see cref="Compile"/>; every render uses its own buffers.
/// </summary>
public sealed class DocumentTemplate
{
    private const string ImageRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace DublinCoreNs = "http://purl.org/dc/elements/1.1/";
    private const string CorePropertiesPart = "docProps/core.xml";

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? cachedBuffer;

    private readonly PlannedEntry[] entries;
    private readonly TemplateOptions options;

    private DocumentTemplate(PlannedEntry[] entries, IReadOnlyList<TemplateTag> tags, IReadOnlyList<TemplateProblem> neutralised, TemplateOptions options)
    {
        this.entries = entries;
        Tags = tags;
        Neutralised = neutralised;
        this.options = options;
    }

    /// <summary>Every tag except closing ones, in document order per part.</summary>
    public IReadOnlyList<TemplateTag> Tags { get; }

    /// <summary>What was made harmless instead of refused when the upload was inspected (see <see cref="InspectedPackage.Neutralised"/>).</summary>
    public IReadOnlyList<TemplateProblem> Neutralised { get; }

    /// <summary>
    /// Inspects the package (<see cref="TemplatePackageInspector"/>) and compiles it.
    /// Throws <see cref="TemplateRejectedException"/> for unsafe packages and <see cref="TemplateSyntaxException"/>
    /// listing every tag error.
    /// </summary>
    public static DocumentTemplate Compile(Stream docx, TemplateOptions? options = null, string? fileName = null)
    {
        options ??= TemplateOptions.Default;
        var package = TemplatePackageInspector.Inspect(docx, fileName, options);
        var problems = new List<TemplateProblem>();
        var tags = new List<TemplateTag>();
        var compiled = CompileParts(package, options, problems, tags);
        if (problems.Count > 0)
        {
            throw new TemplateSyntaxException(problems);
        }

        return new DocumentTemplate(Plan(package, compiled), tags, package.Neutralised, options);
    }

    internal static Dictionary<string, CompiledPart> CompileParts(InspectedPackage package, TemplateOptions options, List<TemplateProblem> problems, List<TemplateTag> tags)
    {
        var compiled = new Dictionary<string, CompiledPart>(StringComparer.Ordinal);
        foreach (var name in TemplatePackageInspector.FindTemplatedParts(package, options))
        {
            var entry = package.Find(name);
            if (entry is null)
            {
                continue;
            }

            var part = PartCompiler.Compile(name, entry.Data, problems, tags);
            if (part is not null)
            {
                compiled.Add(name, part);
            }
        }

        return compiled;
    }

    private static PlannedEntry[] Plan(InspectedPackage package, Dictionary<string, CompiledPart> compiled)
    {
        var withImages = compiled.Values.Where(p => p.HasImages).ToDictionary(p => RelsName(p.Name), p => p.Name);
        var planned = new List<PlannedEntry>();
        foreach (var entry in package.Entries)
        {
            var data = entry.Data;
            if (entry.Name == "[Content_Types].xml" && withImages.Count > 0)
            {
                data = AddImageContentTypes(data);
            }

            withImages.Remove(entry.Name, out var imagePart);
            planned.Add(new PlannedEntry(entry.Name, data, entry.LastWriteTime, compiled.GetValueOrDefault(entry.Name), imagePart));
        }

        // Parts that had no relationships before get a .rels of their own.
        foreach (var (rels, part) in withImages)
        {
            var empty = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"u8.ToArray();
            planned.Add(new PlannedEntry(rels, empty, package.Entries[0].LastWriteTime, null, part));
        }

        // Relationship parts of image-bearing parts go last: they are only known once those parts are rendered.
        return [.. planned.Where(p => p.ImageRelsFor is null), .. planned.Where(p => p.ImageRelsFor is not null)];
    }

    private static string RelsName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return slash < 0 ? $"_rels/{partName}.rels" : $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }

    private static byte[] AddImageContentTypes(byte[] contentTypes)
    {
        var doc = PartCompiler.Load(contentTypes);
        var root = doc.Root!;
        foreach (var (extension, type) in new[] { ("png", "image/png"), ("jpeg", "image/jpeg") })
        {
            if (!root.Elements(ContentTypesNs + "Default").Any(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase)))
            {
                root.AddFirst(new XElement(ContentTypesNs + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", type)));
            }
        }

        return Encoding.UTF8.GetBytes((doc.Declaration?.ToString() ?? "") + root.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Renders a complete, deflated .docx into <paramref name="output"/> (which may be non-seekable).</summary>
    public void RenderTo(JsonElement data, Stream output) => RenderTo(data, output, null);

    /// <summary>As <see cref="RenderTo(JsonElement, Stream)"/>, with the document's own title and subject (when the template has core properties).</summary>
    public void RenderTo(JsonElement data, Stream output, CoreProperties? properties)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"De gegevens moeten een JSON-object zijn, niet {data.ValueKind}.", nameof(data));
        }

        var buffer = cachedBuffer ?? new ArrayBufferWriter<byte>(256 * 1024);
        cachedBuffer = null; // a nested render on this thread (none expected) would get its own buffer
        try
        {
            var renderer = new PartRenderer(buffer, options);
            using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var entry in entries)
            {
                if (entry.Part is not null)
                {
                    buffer.ResetWrittenCount();
                    renderer.Render(entry.Part, data);
                    WriteEntry(zip, entry.Name, entry.LastWriteTime, buffer.WrittenSpan, options.CompressionLevel);
                }
                else if (entry.ImageRelsFor is not null)
                {
                    foreach (var image in renderer.Images)
                    {
                        // Media first time we reach a .rels: already-compressed bytes gain nothing from deflate.
                        if (image.PartName == entry.ImageRelsFor)
                        {
                            WriteEntry(zip, image.EntryName, entry.LastWriteTime, image.Bytes, CompressionLevel.NoCompression);
                        }
                    }

                    WriteEntry(zip, entry.Name, entry.LastWriteTime, WithImageRelationships(entry, renderer.Images), options.CompressionLevel);
                }
                else if (properties is not null && entry.Name == CorePropertiesPart)
                {
                    WriteEntry(zip, entry.Name, entry.LastWriteTime, WithCoreProperties(entry.Data, properties), options.CompressionLevel);
                }
                else
                {
                    WriteEntry(zip, entry.Name, entry.LastWriteTime, entry.Data, options.CompressionLevel);
                }
            }
        }
        finally
        {
            if (buffer.Capacity <= 4 * 1024 * 1024)
            {
                buffer.ResetWrittenCount();
                cachedBuffer = buffer;
            }
        }
    }

    /// <summary>Renders a complete, deflated .docx.</summary>
    public byte[] Render(JsonElement data) => Render(data, null);

    /// <summary>Renders a complete, deflated .docx with the document's own title and subject.</summary>
    public byte[] Render(JsonElement data, CoreProperties? properties)
    {
        using var output = new MemoryStream();
        RenderTo(data, output, properties);
        return output.ToArray();
    }

    private static byte[] WithCoreProperties(byte[] coreXml, CoreProperties properties)
    {
        // A small part, so plain XML editing; an element the template lacks is added.
        var doc = PartCompiler.Load(coreXml);
        var root = doc.Root!;
        foreach (var (name, value) in new[] { ("title", properties.Title), ("subject", properties.Subject) })
        {
            var element = root.Element(DublinCoreNs + name);
            if (element is null)
            {
                root.Add(new XElement(DublinCoreNs + name, value));
            }
            else
            {
                element.Value = value;
            }
        }

        return Encoding.UTF8.GetBytes((doc.Declaration?.ToString() ?? "") + root.ToString(SaveOptions.DisableFormatting));
    }

    private static void WriteEntry(ZipArchive zip, string name, DateTimeOffset lastWriteTime, ReadOnlySpan<byte> data, CompressionLevel level)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = lastWriteTime;
        using var stream = entry.Open();
        stream.Write(data);
    }

    private static byte[] WithImageRelationships(PlannedEntry rels, List<RenderedImage> images)
    {
        var xml = Encoding.UTF8.GetString(rels.Data);
        var close = xml.LastIndexOf("</", StringComparison.Ordinal);
        var closingTag = xml[close..];
        var prefix = closingTag.StartsWith("</Relationships", StringComparison.Ordinal) ? "" : closingTag[2..closingTag.IndexOf(':')] + ":";
        var added = new StringBuilder();
        foreach (var image in images.Where(i => i.PartName == rels.ImageRelsFor))
        {
            added.Append($"<{prefix}Relationship Id=\"{image.RelationshipId}\" Type=\"{ImageRelType}\" Target=\"{image.Target}\"/>");
        }

        return Encoding.UTF8.GetBytes(xml[..close] + added + closingTag);
    }
}
