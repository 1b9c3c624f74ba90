using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Automatisering.Templating;

/// <summary>
/// Renders compiled nodes for one document into a byte buffer. One instance per render call (it holds the
/// scope stack and the images added so far); the compiled nodes themselves are shared and never changed.
/// </summary>
internal sealed class PartRenderer
{
    private const long EmuPerPixel = 9525; // 914400 EMU per inch / 96 dpi
    private const long EmuPerCm = 360000;

    // Word hands out small drawing ids; repeated drawings get ids far above them (and above the inserted images' range).
    private const int FirstRepeatedDrawingId = 0x20000000;
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"\n\r\t\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly ArrayBufferWriter<byte> buffer;
    private readonly long? maxImageWidthEmu;
    private JsonElement[] scopes = new JsonElement[8];
    private int depth;
    private int drawingIds;
    private string partName = "";
    private string partDirectory = "";

    public PartRenderer(ArrayBufferWriter<byte> buffer, TemplateOptions options)
    {
        this.buffer = buffer;
        maxImageWidthEmu = options.MaxImageWidthCm is { } cm ? (long)(cm * EmuPerCm) : null;
    }

    public List<RenderedImage> Images { get; } = [];

    public void Render(CompiledPart part, JsonElement data)
    {
        partName = part.Name;
        var slash = part.Name.LastIndexOf('/');
        partDirectory = slash < 0 ? "" : part.Name[..(slash + 1)];
        depth = 0;
        Push(data);
        RenderNodes(part.Nodes);
        depth = 0;
    }

    private void Push(JsonElement scope)
    {
        if (depth == scopes.Length)
        {
            Array.Resize(ref scopes, depth * 2);
        }

        scopes[depth++] = scope;
    }

    private void RenderNodes(TemplateNode[] nodes)
    {
        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Static:
                    buffer.Write(node.Bytes);
                    break;
                case NodeKind.Scalar:
                    WriteScalar(node, Lookup(node.Path));
                    break;
                case NodeKind.Section:
                    RenderSection(node, Lookup(node.Path));
                    break;
                case NodeKind.Inverted:
                    if (!IsTruthy(Lookup(node.Path)))
                    {
                        RenderNodes(node.LastChildren ?? node.Children);
                    }
                    else if (node.WhenHidden is { } hidden)
                    {
                        buffer.Write(hidden);
                    }

                    break;
                case NodeKind.Image:
                    WriteImage(node, Lookup(node.Path));
                    break;
                case NodeKind.Guard:
                    if (AnyShows(node.Conditions))
                    {
                        RenderNodes(node.Children);
                    }

                    break;
                case NodeKind.EnsureParagraph:
                    if (!EndsWithParagraph(node.Vocabulary))
                    {
                        buffer.Write(node.Vocabulary.EmptyParagraph);
                    }

                    break;
                case NodeKind.DrawingId:
                    drawingIds++;
                    WriteAscii((FirstRepeatedDrawingId + drawingIds).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    private void RenderSection(TemplateNode node, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var remaining = value.GetArrayLength();
            foreach (var item in value.EnumerateArray())
            {
                Push(item);
                RenderNodes(--remaining == 0 ? node.LastChildren ?? node.Children : node.Children);
                depth--;
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            Push(value);
            RenderNodes(node.LastChildren ?? node.Children);
            depth--;
            return;
        }
        else if (IsTruthy(value))
        {
            RenderNodes(node.LastChildren ?? node.Children);
            return;
        }

        if (node.WhenHidden is { } hidden && !IsTruthy(value))
        {
            buffer.Write(hidden);
        }
    }

    private bool AnyShows(SectionCondition[] conditions)
    {
        foreach (var condition in conditions)
        {
            if (IsTruthy(Lookup(condition.Path)) != condition.Inverted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether what this cell holds so far ends with a paragraph, as Word requires of every cell.</summary>
    private bool EndsWithParagraph(PartVocabulary vocabulary)
    {
        var written = buffer.WrittenSpan;
        while (true)
        {
            written = written.TrimEnd(" \r\n\t"u8);
            if (written.EndsWith(vocabulary.ParagraphEnd))
            {
                return true;
            }

            if (!written.EndsWith("/>"u8))
            {
                return false;
            }

            var start = written.LastIndexOf((byte)'<');
            var element = written[start..];
            if (element.StartsWith(vocabulary.EmptyParagraphStart) && element[vocabulary.EmptyParagraphStart.Length] is (byte)' ' or (byte)'/')
            {
                return true;
            }

            // A self-closed marker after the last block (a bookmark or comment range end) does not count as content.
            if (element.IndexOf("End"u8) < 0)
            {
                return false;
            }

            written = written[..start];
        }
    }

    /// <summary>JavaScript truthiness, as docxtemplater uses it, plus: an empty array is false.</summary>
    private static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.Object => true,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => false,
    };

    /// <summary>The first segment is looked up from the innermost scope outwards; the rest only below what it found.</summary>
    private JsonElement Lookup(string[] path)
    {
        if (path[0] == ".")
        {
            return scopes[depth - 1];
        }

        for (var i = depth - 1; i >= 0; i--)
        {
            var scope = scopes[i];
            if (scope.ValueKind != JsonValueKind.Object || !scope.TryGetProperty(path[0], out var value))
            {
                continue;
            }

            for (var j = 1; j < path.Length; j++)
            {
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(path[j], out value))
                {
                    return default;
                }
            }

            return value;
        }

        return default;
    }

    private void WriteScalar(TemplateNode node, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (text.Length == 0)
                {
                    return;
                }

                buffer.Write(node.Bytes);
                WriteEscaped(text, node.Vocabulary);
                buffer.Write(node.Vocabulary.ValueEnd);
                break;
            case JsonValueKind.Number:
                buffer.Write(node.Bytes);
                WriteAscii(value.GetRawText());
                buffer.Write(node.Vocabulary.ValueEnd);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                buffer.Write(node.Bytes);
                WriteAscii(value.ValueKind == JsonValueKind.True ? "true" : "false");
                buffer.Write(node.Vocabulary.ValueEnd);
                break;
        }
    }

    private void WriteAscii(string text)
    {
        var span = buffer.GetSpan(text.Length);
        var n = Encoding.UTF8.GetBytes(text, span);
        buffer.Advance(n);
    }

    private void WriteUtf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private void WriteEscaped(ReadOnlySpan<char> text, PartVocabulary vocabulary)
    {
        while (true)
        {
            var i = text.IndexOfAny(Special);
            if (i < 0)
            {
                WriteUtf8(text);
                return;
            }

            WriteUtf8(text[..i]);
            switch (text[i])
            {
                case '&':
                    buffer.Write("&amp;"u8);
                    break;
                case '<':
                    buffer.Write("&lt;"u8);
                    break;
                case '>':
                    buffer.Write("&gt;"u8);
                    break;
                case '"':
                    buffer.Write("&quot;"u8);
                    break;
                case '\t':
                    buffer.Write(vocabulary.Tab);
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    buffer.Write(vocabulary.Break);
                    break;
                case '\n':
                    buffer.Write(vocabulary.Break);
                    break;
                default:
                    break; // other control characters are not allowed in XML 1.0 at all
            }

            text = text[(i + 1)..];
        }
    }

    private void WriteImage(TemplateNode node, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } encoded)
        {
            return;
        }

        if (!ImageData.TryDecode(encoded, out var image, out var reason))
        {
            throw new TemplateRenderException(node.Name, $"afbeelding kan niet worden ingevoegd: {reason}.");
        }

        var number = Images.Count + 1;
        var relationshipId = $"rIdAutImg{number}";
        var fileName = $"media/automatisering-image{number}.{image!.Extension}";
        Images.Add(new RenderedImage(partName, relationshipId, partDirectory + fileName, fileName, image.Bytes));

        var cx = image.WidthPx * EmuPerPixel;
        var cy = image.HeightPx * EmuPerPixel;
        if (maxImageWidthEmu is { } max && cx > max)
        {
            cy = cy * max / cx;
            cx = max;
        }

        var docPrId = 0x10000000 + number; // far above the ids Word hands out, so no clash with drawings in the template
        buffer.Write(node.Bytes);
        buffer.Write(node.Vocabulary.DrawingStart);
        // Integers only: their formatting does not depend on the culture.
        var xml =
            $"<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">" +
            $"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
            $"<wp:docPr id=\"{docPrId}\" name=\"{node.Name} {number}\"/>" +
            "<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>" +
            "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
            "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
            $"<pic:nvPicPr><pic:cNvPr id=\"{number}\" name=\"automatisering-image{number}.{image.Extension}\"/><pic:cNvPicPr/></pic:nvPicPr>" +
            $"<pic:blipFill><a:blip r:embed=\"{relationshipId}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
            $"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
            "</pic:pic></a:graphicData></a:graphic></wp:inline>";
        WriteUtf8(xml);
        buffer.Write(node.Vocabulary.DrawingEnd);
    }
}
