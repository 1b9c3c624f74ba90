using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Automatisering.Templating;

/// <summary>
/// Turns one WordprocessingML part into static byte segments and slots. Done once per template with LINQ to XML:
/// tags that Word split over runs are first merged into the run where they start (keeping that run's rPr),
/// each tag then gets a run of its own, sections are widened to their paragraph or table-row scope, and the part
/// is serialised with processing-instruction markers that are finally cut into <see cref="TemplateNode"/>s.
/// </summary>
internal static partial class PartCompiler
{
    internal static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Marker = "urn:automatisering:template-placeholder";
    private const string PiTarget = "automatisering-slot";
    private const string PiPrefix = "<?" + PiTarget + " ";
    private const int MaxParagraphTextInMessages = 200;

    private sealed record ScannedTag(int Start, int End, string Raw, char Kind, string Name);

    private sealed class Slot
    {
        public required int Id { get; init; }
        public required ScannedTag Tag { get; init; }
        public required XElement Paragraph { get; init; }
        public required string ParagraphText { get; init; }
        public required XElement Placeholder { get; init; }
        public XElement? RunProperties { get; init; }
    }

    /// <summary>Compiles a part; adds every problem found. Returns null when the part has problems.</summary>
    public static CompiledPart? Compile(string partName, byte[] xml, List<TemplateProblem> problems, List<TemplateTag> tags)
    {
        var doc = Load(xml);
        var root = doc.Root!;
        var slots = new Dictionary<int, Slot>();
        var problemsBefore = problems.Count;

        foreach (var paragraph in root.Descendants(W + "p").ToList())
        {
            var text = string.Concat(CollectAtoms(paragraph).Select(a => AtomText(a)));
            if (text.IndexOf('{') < 0 && text.IndexOf('}') < 0)
            {
                continue;
            }

            var scanned = Scan(text, partName, Shorten(text), problems);
            foreach (var tag in scanned)
            {
                var id = slots.Count;
                var (placeholder, rPr) = Isolate(paragraph, tag, id);
                slots.Add(id, new Slot { Id = id, Tag = tag, Paragraph = paragraph, ParagraphText = text, Placeholder = placeholder, RunProperties = rPr });
            }
        }

        if (slots.Count == 0 && problems.Count == problemsBefore)
        {
            return null;
        }

        var ordered = root.Descendants(Marker + "slot").Select(e => slots[(int)e.Attribute("id")!]).ToList();
        var pairs = Match(ordered, partName, problems, tags);
        if (problems.Count > problemsBefore)
        {
            return null;
        }

        foreach (var (open, close) in pairs)
        {
            PlaceSection(open, close, partName, problems);
        }

        if (problems.Count > problemsBefore)
        {
            return null;
        }

        foreach (var slot in ordered.Where(s => s.Tag.Kind is '=' or '%'))
        {
            var code = slot.Tag.Kind == '%' ? 'i' : 's';
            slot.Placeholder.ReplaceWith(
                new XProcessingInstruction(PiTarget, $"{code}{slot.Id}"),
                slot.RunProperties,
                new XProcessingInstruction(PiTarget, $"z{slot.Id}"));
        }

        var prefix = root.GetPrefixOfNamespace(W) ?? "";
        var vocabulary = prefix == "w" ? PartVocabulary.Default : new PartVocabulary(prefix);
        var declaration = doc.Declaration?.ToString() ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        var serialized = declaration + "\r\n" + root.ToString(SaveOptions.DisableFormatting);
        var nodes = Cut(serialized, slots, vocabulary, out var hasImages);
        return new CompiledPart(partName, nodes, hasImages);
    }

    internal static XDocument Load(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxParagraphTextInMessages ? trimmed : trimmed[..MaxParagraphTextInMessages] + "…";
    }

    /// <summary>Text-bearing elements of this paragraph only (text boxes inside it have paragraphs of their own).</summary>
    private static List<XElement> CollectAtoms(XElement paragraph) =>
        paragraph.Descendants()
            .Where(e => (e.Name == W + "t" || e.Name == Marker + "slot") && e.Ancestors(W + "p").First() == paragraph)
            .ToList();

    private static string AtomText(XElement atom) => atom.Name == Marker + "slot" ? (string)atom.Attribute("raw")! : atom.Value;

    private static List<ScannedTag> Scan(string text, string part, string paragraph, List<TemplateProblem> problems)
    {
        var result = new List<ScannedTag>();
        var start = -1;
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                if (start >= 0)
                {
                    problems.Add(new TemplateProblem(TemplateProblemCode.UnclosedTag, $"Tag '{text[start..i]}' wordt niet gesloten met '}}'.", part, paragraph));
                    ok = false;
                }

                start = i;
            }
            else if (text[i] == '}')
            {
                if (start < 0)
                {
                    problems.Add(new TemplateProblem(TemplateProblemCode.UnopenedTag, "Er staat een '}' zonder bijbehorende '{'.", part, paragraph));
                    ok = false;
                    continue;
                }

                var raw = text[start..(i + 1)];
                var tag = ParseTag(start, i + 1, raw, part, paragraph, problems);
                if (tag is null)
                {
                    ok = false;
                }
                else
                {
                    result.Add(tag);
                }

                start = -1;
            }
        }

        if (start >= 0)
        {
            problems.Add(new TemplateProblem(TemplateProblemCode.UnclosedTag, $"Tag '{text[start..]}' wordt niet gesloten met '}}'.", part, paragraph));
            ok = false;
        }

        return ok ? result : [];
    }

    private static ScannedTag? ParseTag(int start, int end, string raw, string part, string paragraph, List<TemplateProblem> problems)
    {
        var inner = raw[1..^1].Trim();
        var kind = inner.Length > 0 && inner[0] is '#' or '^' or '/' or '%' ? inner[0] : '=';
        var name = kind == '=' ? inner : inner[1..].Trim();
        if (name.Length == 0)
        {
            problems.Add(new TemplateProblem(TemplateProblemCode.EmptyTag, $"Tag '{raw}' heeft geen veldnaam.", part, paragraph));
            return null;
        }

        if (!TagName().IsMatch(name))
        {
            problems.Add(new TemplateProblem(TemplateProblemCode.InvalidTagName, $"Tag '{raw}': '{name}' is geen geldige veldnaam (letters, cijfers, _ en -, delen gescheiden door punten).", part, paragraph, name));
            return null;
        }

        return new ScannedTag(start, end, raw, kind, name);
    }

    [GeneratedRegex(@"^(\.|[\p{L}\p{N}_$-]+(\.[\p{L}\p{N}_$-]+)*)$")]
    private static partial Regex TagName();

    /// <summary>
    /// Moves the whole tag text into the w:t where it starts, strips it from the following runs, and splits that
    /// run so the tag stands alone; the tag is then replaced by a placeholder element.
    /// </summary>
    private static (XElement Placeholder, XElement? RunProperties) Isolate(XElement paragraph, ScannedTag tag, int id)
    {
        XElement? first = null;
        int firstStart = 0, firstEnd = 0, position = 0;
        foreach (var atom in CollectAtoms(paragraph))
        {
            var text = AtomText(atom);
            var start = position;
            position += text.Length;
            if (first is null)
            {
                if (tag.Start >= start && tag.Start < position)
                {
                    first = atom;
                    firstStart = start;
                    firstEnd = position;
                }

                continue;
            }

            if (start >= tag.End)
            {
                break;
            }

            var rest = text[Math.Min(tag.End - start, text.Length)..];
            if (rest.Length > 0)
            {
                atom.Value = rest;
                continue;
            }

            var run = atom.Parent;
            atom.Remove();
            if (run is not null && run.Name == W + "r" && !run.Elements().Any(e => e.Name != W + "rPr"))
            {
                run.Remove();
            }
        }

        var value = first!.Value;
        var before = value[..(tag.Start - firstStart)];
        var after = tag.End < firstEnd ? value[(tag.End - firstStart)..] : "";
        var originalRun = first.Parent!;
        var rPr = originalRun.Element(W + "rPr");
        var placeholder = new XElement(Marker + "slot", new XAttribute("id", id), new XAttribute("raw", tag.Raw));

        var beforeContent = first.NodesBeforeSelf().Where(n => n is not XElement { Name: var name } || name != W + "rPr").Cast<object>().ToList();
        if (before.Length > 0)
        {
            beforeContent.Add(Text(before));
        }

        var afterContent = new List<object>();
        if (after.Length > 0)
        {
            afterContent.Add(Text(after));
        }

        afterContent.AddRange(first.NodesAfterSelf());

        var replacement = new List<object>();
        if (beforeContent.Count > 0)
        {
            replacement.Add(new XElement(W + "r", originalRun.Attributes(), rPr is null ? null : new XElement(rPr), beforeContent));
        }

        replacement.Add(placeholder);
        if (afterContent.Count > 0)
        {
            replacement.Add(new XElement(W + "r", originalRun.Attributes(), rPr is null ? null : new XElement(rPr), afterContent));
        }

        originalRun.ReplaceWith(replacement);
        return (placeholder, rPr is null ? null : new XElement(rPr));
    }

    private static XElement Text(string value) =>
        new(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), value);

    private static List<(Slot Open, Slot Close)> Match(List<Slot> ordered, string part, List<TemplateProblem> problems, List<TemplateTag> tags)
    {
        var pairs = new List<(Slot, Slot)>();
        var stack = new List<Slot>();
        foreach (var slot in ordered)
        {
            var tag = slot.Tag;
            var paragraph = Shorten(slot.ParagraphText);
            switch (tag.Kind)
            {
                case '#' or '^':
                    tags.Add(new TemplateTag(tag.Name, tag.Kind == '#' ? TagKind.Section : TagKind.Inverted, part, paragraph, stack.Select(s => s.Tag.Name).ToArray()));
                    stack.Add(slot);
                    break;
                case '/':
                    var index = stack.FindLastIndex(s => s.Tag.Name == tag.Name);
                    if (index < 0)
                    {
                        problems.Add(new TemplateProblem(TemplateProblemCode.UnmatchedClose, $"'{tag.Raw}' sluit een sectie die niet geopend is.", part, paragraph, tag.Name));
                    }
                    else if (index != stack.Count - 1)
                    {
                        var inner = stack[^1].Tag;
                        problems.Add(new TemplateProblem(TemplateProblemCode.CrossedSection, $"'{tag.Raw}' sluit '{stack[index].Tag.Raw}', maar '{inner.Raw}' daarbinnen is nog niet gesloten (secties kruisen).", part, paragraph, tag.Name));
                        stack.RemoveAt(index);
                    }
                    else
                    {
                        pairs.Add((stack[index], slot));
                        stack.RemoveAt(index);
                    }

                    break;
                default:
                    tags.Add(new TemplateTag(tag.Name, tag.Kind == '%' ? TagKind.Image : TagKind.Scalar, part, paragraph, stack.Select(s => s.Tag.Name).ToArray()));
                    break;
            }
        }

        foreach (var open in stack)
        {
            problems.Add(new TemplateProblem(TemplateProblemCode.UnclosedSection, $"'{open.Tag.Raw}' wordt nergens gesloten met '{{/{open.Tag.Name}}}'.", part, Shorten(open.ParagraphText), open.Tag.Name));
        }

        return pairs;
    }

    /// <summary>The docxtemplater paragraphLoop rules: whole paragraphs, whole table rows, or the runs in between.</summary>
    private static void PlaceSection(Slot open, Slot close, string part, List<TemplateProblem> problems)
    {
        var begin = new XProcessingInstruction(PiTarget, $"b{open.Id}");
        var end = new XProcessingInstruction(PiTarget, $"e{open.Id}");
        var pOpen = open.Paragraph;
        var pClose = close.Paragraph;

        if (pOpen == pClose)
        {
            if (open.Placeholder.Parent == close.Placeholder.Parent)
            {
                open.Placeholder.ReplaceWith(begin);
                close.Placeholder.ReplaceWith(end);
                return;
            }
        }
        else if (pOpen.Parent == pClose.Parent && IsAlone(open) && IsAlone(close))
        {
            var keepClose = pOpen.Parent!.Name == W + "tc" && pOpen.Parent.Elements()
                .Where(e => e.Name != W + "tcPr")
                .All(e => e == pOpen || e == pClose || (e.IsAfter(pOpen) && e.IsBefore(pClose)));
            pOpen.ReplaceWith(begin);
            if (keepClose)
            {
                // A table cell must keep one paragraph even when the section renders nothing.
                close.Placeholder.Remove();
                pClose.AddBeforeSelf(end);
            }
            else
            {
                pClose.ReplaceWith(end);
            }

            return;
        }
        else
        {
            var cellOpen = pOpen.Ancestors(W + "tc").FirstOrDefault();
            var cellClose = pClose.Ancestors(W + "tc").FirstOrDefault();
            var rowOpen = cellOpen?.Parent;
            var rowClose = cellClose?.Parent;
            if (cellOpen != cellClose && rowOpen is not null && rowClose is not null
                && rowOpen.Name == W + "tr" && rowClose.Name == W + "tr"
                && (rowOpen == rowClose || (rowOpen.Parent == rowClose.Parent && rowOpen.IsBefore(rowClose))))
            {
                open.Placeholder.Remove();
                close.Placeholder.Remove();
                OutermostBefore(rowOpen).AddBeforeSelf(begin);
                OutermostAfter(rowClose).AddAfterSelf(end);
                return;
            }

            if (pOpen.Parent == pClose.Parent && open.Placeholder.Parent == pOpen && close.Placeholder.Parent == pClose)
            {
                // Runs from the open tag to the end of its paragraph, the paragraphs between, and the start of the
                // closing paragraph: repeating that still gives balanced XML because both ends sit at the same depth.
                open.Placeholder.ReplaceWith(begin);
                close.Placeholder.ReplaceWith(end);
                return;
            }
        }

        problems.Add(new TemplateProblem(
            TemplateProblemCode.InvalidSectionScope,
            $"'{open.Tag.Raw}' en '{close.Tag.Raw}' moeten in dezelfde alinea staan, elk in een eigen alinea direct onder elkaar, of in dezelfde tabelrij.",
            part,
            Shorten(open.ParagraphText),
            open.Tag.Name));
    }

    private static bool IsAlone(Slot slot) =>
        slot.ParagraphText.Trim() == slot.Tag.Raw
        && !slot.Paragraph.Descendants().Any(e =>
            e.Name == W + "drawing" || e.Name == W + "pict" || e.Name == W + "object" || e.Name == W + "fldChar"
            || e.Name == W + "fldSimple" || e.Name == W + "sectPr");

    /// <summary>Sections placed earlier around the same row (inner ones) must stay inside this one.</summary>
    private static XNode OutermostBefore(XNode node)
    {
        while (node.PreviousNode is XProcessingInstruction { Target: PiTarget } pi && pi.Data[0] == 'b')
        {
            node = pi;
        }

        return node;
    }

    private static XNode OutermostAfter(XNode node)
    {
        while (node.NextNode is XProcessingInstruction { Target: PiTarget } pi && pi.Data[0] == 'e')
        {
            node = pi;
        }

        return node;
    }

    private static TemplateNode[] Cut(string xml, Dictionary<int, Slot> slots, PartVocabulary vocabulary, out bool hasImages)
    {
        hasImages = false;
        var stack = new Stack<(List<TemplateNode> Siblings, Slot Open)>();
        var current = new List<TemplateNode>();
        var position = 0;
        int index;
        while ((index = xml.IndexOf(PiPrefix, position, StringComparison.Ordinal)) >= 0)
        {
            AddStatic(current, xml[position..index]);
            var closeIndex = xml.IndexOf("?>", index, StringComparison.Ordinal);
            var code = xml[(index + PiPrefix.Length)..closeIndex];
            var id = int.Parse(code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            position = closeIndex + 2;
            var slot = slots[id];
            switch (code[0])
            {
                case 'b':
                    stack.Push((current, slot));
                    current = [];
                    break;
                case 'e':
                    var (siblings, open) = stack.Pop();
                    siblings.Add(new TemplateNode
                    {
                        Kind = open.Tag.Kind == '^' ? NodeKind.Inverted : NodeKind.Section,
                        Name = open.Tag.Name,
                        Path = SplitPath(open.Tag.Name),
                        Children = [.. current],
                        Vocabulary = vocabulary,
                    });
                    current = siblings;
                    break;
                case 's' or 'i':
                    var endMarker = $"{PiPrefix}z{id}?>";
                    var endIndex = xml.IndexOf(endMarker, position, StringComparison.Ordinal);
                    var runProperties = xml[position..endIndex];
                    position = endIndex + endMarker.Length;
                    var isImage = code[0] == 'i';
                    hasImages |= isImage;
                    var runStart = Encoding.UTF8.GetString(vocabulary.RunStart) + runProperties;
                    current.Add(new TemplateNode
                    {
                        Kind = isImage ? NodeKind.Image : NodeKind.Scalar,
                        Name = slot.Tag.Name,
                        Path = SplitPath(slot.Tag.Name),
                        Bytes = Encoding.UTF8.GetBytes(isImage ? runStart : runStart + Encoding.UTF8.GetString(vocabulary.TextStart)),
                        Vocabulary = vocabulary,
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected marker '{code}'.");
            }
        }

        AddStatic(current, xml[position..]);
        return [.. current];
    }

    private static string[] SplitPath(string name) => name == "." ? ["."] : name.Split('.');

    private static void AddStatic(List<TemplateNode> nodes, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (nodes.Count > 0 && nodes[^1].Kind == NodeKind.Static)
        {
            var previous = nodes[^1];
            nodes[^1] = new TemplateNode { Kind = NodeKind.Static, Bytes = [.. previous.Bytes, .. Encoding.UTF8.GetBytes(text)] };
            return;
        }

        nodes.Add(new TemplateNode { Kind = NodeKind.Static, Bytes = Encoding.UTF8.GetBytes(text) });
    }
}
