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
    private static readonly XNamespace WordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    // Stands in for a repeated drawing's id until Cut turns it into a DrawingId node; never a real id value.
    private const string DrawingIdSentinel = "automatisering-drawing-id";

    /// <summary>Markup Word puts between runs, with the element that closes (or opens) its range.</summary>
    private static readonly Dictionary<string, string?> InTagMarkup = new()
    {
        ["bookmarkStart"] = "bookmarkEnd",
        ["bookmarkEnd"] = "bookmarkStart",
        ["permStart"] = "permEnd",
        ["permEnd"] = "permStart",
        ["commentRangeStart"] = "commentRangeEnd",
        ["commentRangeEnd"] = "commentRangeStart",
        ["proofErr"] = null,
    };

    // Containers Word wants to end with a paragraph.
    private static readonly HashSet<string> BlockContainers = ["tc", "txbxContent", "hdr", "ftr", "footnote", "endnote"];

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
        if (!CheckParagraphNesting(root, partName, problems))
        {
            return null;
        }

        RemoveGoBackBookmark(root);

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

        var extras = new Dictionary<int, SectionExtras>();
        foreach (var (open, close) in pairs)
        {
            PlaceSection(open, close, partName, problems, extras);
        }

        if (problems.Count > problemsBefore)
        {
            return null;
        }

        GuardTablesWithOnlyConditionalRows(root);
        EnsureContainersEndWithParagraph(root);
        MarkRepeatedDrawingIds(root);

        foreach (var slot in ordered.Where(s => s.Tag.Kind is '=' or '%'))
        {
            var code = slot.Tag.Kind == '%' ? 'i' : 's';
            slot.Placeholder.ReplaceWith(
                new XProcessingInstruction(PiTarget, $"{code}{slot.Id}"),
                slot.RunProperties,
                new XProcessingInstruction(PiTarget, $"z{slot.Id}"));
        }

        // After the slots became markers, so a copy of a paragraph carries its values too.
        foreach (var (id, extra) in extras)
        {
            if (extra.LastParagraph is { } last && extra.SectionBreak is { } sectPr)
            {
                var variant = new XElement(last);
                AddSectionBreak(variant, sectPr);
                last.AddBeforeSelf(new XProcessingInstruction(PiTarget, $"v{id}"));
                last.AddAfterSelf(new XProcessingInstruction(PiTarget, $"w{id}"), variant, new XProcessingInstruction(PiTarget, $"x{id}"));
            }
        }

        var prefix = root.GetPrefixOfNamespace(W) ?? "";
        var vocabulary = prefix == "w" ? PartVocabulary.Default : new PartVocabulary(prefix);
        var declaration = doc.Declaration?.ToString() ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        var serialized = declaration + "\r\n" + root.ToString(SaveOptions.DisableFormatting);
        var nodes = Cut(serialized, slots, extras, vocabulary, out var hasImages);
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

        // docxtemplater's short close {/} ends the innermost open section.
        if (name.Length == 0 && kind == '/')
        {
            return new ScannedTag(start, end, raw, kind, name);
        }

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
        RemoveMarkupInside(paragraph, tag);
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

    /// <summary>
    /// Bookmarks (Word's _GoBack), spelling marks and the like that Word put between the runs of a split tag belong to
    /// no text the output keeps; left in place they would be repeated by a loop (duplicate bookmarks).
    /// </summary>
    private static void RemoveMarkupInside(XElement paragraph, ScannedTag tag)
    {
        XElement? firstRun = null, lastRun = null;
        var position = 0;
        foreach (var atom in CollectAtoms(paragraph))
        {
            var start = position;
            position += AtomText(atom).Length;
            if (position > tag.Start && start < tag.End)
            {
                firstRun ??= atom.Parent;
                lastRun = atom.Parent;
            }
        }

        if (firstRun is null || lastRun is null || firstRun == lastRun)
        {
            return;
        }

        var inside = paragraph.Descendants()
            .Where(e => InTagMarkup.ContainsKey(e.Name.LocalName) && e.Name.Namespace == W && e.IsAfter(firstRun) && e.IsBefore(lastRun))
            .ToList();
        foreach (var markup in inside)
        {
            // A range that starts (or ends) inside the tag goes entirely: its other end alone would be repeated too.
            if (InTagMarkup[markup.Name.LocalName] is { } partner && (string?)markup.Attribute(W + "id") is { } id && markup.Document?.Root is { } root)
            {
                root.Descendants(W + partner).Where(e => (string?)e.Attribute(W + "id") == id).ToList().ForEach(e => e.Remove());
            }

            if (markup.Parent is not null)
            {
                markup.Remove();
            }
        }
    }

    /// <summary>Word keeps its last edit position as a hidden bookmark; in a template it means nothing and a loop would repeat it.</summary>
    private static void RemoveGoBackBookmark(XElement root)
    {
        foreach (var start in root.Descendants(W + "bookmarkStart").Where(b => (string?)b.Attribute(W + "name") == "_GoBack").ToList())
        {
            var id = (string?)start.Attribute(W + "id");
            root.Descendants(W + "bookmarkEnd").Where(b => (string?)b.Attribute(W + "id") == id).ToList().ForEach(b => b.Remove());
            start.Remove();
        }
    }

    /// <summary>
    /// A paragraph may hold paragraphs only through a text box. Anything else is malformed XML that Word does not
    /// write and that would lose text when rendered, so the template is refused with the outer paragraph's text.
    /// </summary>
    private static bool CheckParagraphNesting(XElement root, string part, List<TemplateProblem> problems)
    {
        var outers = root.Descendants(W + "p")
            .Select(p => p.Ancestors().FirstOrDefault(a => a.Name == W + "p" || a.Name == W + "txbxContent"))
            .Where(a => a is not null && a.Name == W + "p")
            .Distinct()
            .ToList();
        foreach (var outer in outers)
        {
            var text = string.Concat(outer!.Descendants(W + "t").Select(t => t.Value));
            problems.Add(new TemplateProblem(
                TemplateProblemCode.NestedParagraph,
                "Deze alinea bevat een andere alinea; zo'n bestand is beschadigd en kan niet als sjabloon worden gebruikt. Open het in Word, kopieer de tekst naar een nieuw document en sla dat op.",
                part,
                Shorten(text)));
        }

        return outers.Count == 0;
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
                    var index = tag.Name.Length == 0 ? stack.Count - 1 : stack.FindLastIndex(s => s.Tag.Name == tag.Name);
                    if (index < 0)
                    {
                        var message = tag.Name.Length == 0
                            ? $"'{tag.Raw}' sluit een sectie, maar op die plek is geen sectie open."
                            : $"'{tag.Raw}' sluit een sectie die niet geopend is.";
                        problems.Add(new TemplateProblem(TemplateProblemCode.UnmatchedClose, message, part, paragraph, tag.Name.Length == 0 ? null : tag.Name));
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
    private static void PlaceSection(Slot open, Slot close, string part, List<TemplateProblem> problems, Dictionary<int, SectionExtras> extras)
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
        else if (pOpen.Parent == pClose.Parent && Classify(open) is var openMarker and not MarkerParagraph.None
            && Classify(close) is var closeMarker and not MarkerParagraph.None)
        {
            PlaceParagraphLoop(open, openMarker, close, closeMarker, begin, end, extras);
            return;
        }
        else
        {
            // The row is the nearest one of the tag's own cell: a content control around the cell (w:sdt in w:tr)
            // or inside it does not change which row repeats.
            var cellOpen = pOpen.Ancestors(W + "tc").FirstOrDefault();
            var cellClose = pClose.Ancestors(W + "tc").FirstOrDefault();
            var rowOpen = cellOpen?.Ancestors(W + "tr").FirstOrDefault();
            var rowClose = cellClose?.Ancestors(W + "tr").FirstOrDefault();
            if (cellOpen != cellClose && rowOpen is not null && rowClose is not null
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
                if (pClose.Element(W + "pPr")?.Element(W + "sectPr") is { } sectPr)
                {
                    // Hidden, the closing paragraph's properties would go with it: split the paragraph there instead
                    // so its section break (orientation, margins, headers) stays where the author put it.
                    var p = pClose.GetPrefixOfNamespace(W) is { Length: > 0 } prefix ? prefix + ":" : "";
                    Extras(extras, open.Id).WhenHidden = $"</{p}p><{p}p><{p}pPr>{sectPr.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces)}</{p}pPr>";
                }

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

    /// <summary>
    /// Marker paragraphs disappear, but what else they carry keeps its meaning: a page break after <c>{#x}</c> starts
    /// every item on a new page, one after <c>{/x}</c> comes once after the last item; a section break stays where it
    /// was (before or after the section, whether it shows or not); an image stays with the content it is in.
    /// </summary>
    private static void PlaceParagraphLoop(Slot open, MarkerParagraph openMarker, Slot close, MarkerParagraph closeMarker, XNode begin, XNode end, Dictionary<int, SectionExtras> extras)
    {
        var pOpen = open.Paragraph;
        var pClose = close.Paragraph;
        switch (openMarker)
        {
            case MarkerParagraph.PageBreak:
                pOpen.ReplaceWith(begin, PageBreakParagraph());
                break;
            case MarkerParagraph.SectionBreak when PreviousElement(pOpen) is { } previous && CanTakeSectionBreak(previous):
                // The break ends the section before the loop; the paragraph before it ends that section just as well
                // and no empty paragraph is left behind (docxtemplater drops the break altogether).
                AddSectionBreak(previous, pOpen.Element(W + "pPr")!.Element(W + "sectPr")!);
                pOpen.ReplaceWith(begin);
                break;
            case MarkerParagraph.SectionBreak:
                KeepOnlyProperties(pOpen);
                pOpen.AddAfterSelf(begin);
                break;
            case MarkerParagraph.Image:
                open.Placeholder.Remove();
                pOpen.AddBeforeSelf(begin);
                break;
            default:
                pOpen.ReplaceWith(begin);
                break;
        }

        switch (closeMarker)
        {
            case MarkerParagraph.PageBreak:
                pClose.ReplaceWith(end);
                Extras(extras, open.Id).PageBreakAfterLast = true;
                break;
            case MarkerParagraph.SectionBreak when PreviousElement(pClose) is { } last && CanTakeSectionBreak(last):
                // Shown, the break ends the last item's last paragraph (no empty paragraph, same paragraphs as
                // docxtemplater); hidden, the emptied marker paragraph stands in for the section, as docxtemplater does.
                var extra = Extras(extras, open.Id);
                extra.LastParagraph = last;
                extra.SectionBreak = pClose.Element(W + "pPr")!.Element(W + "sectPr")!;
                KeepOnlyProperties(pClose);
                extra.WhenHidden = pClose.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
                pClose.ReplaceWith(end);
                break;
            case MarkerParagraph.SectionBreak:
                KeepOnlyProperties(pClose);
                pClose.AddBeforeSelf(end);
                break;
            case MarkerParagraph.Image:
                close.Placeholder.Remove();
                pClose.AddAfterSelf(end);
                break;
            default:
                pClose.ReplaceWith(end);
                break;
        }
    }

    private static SectionExtras Extras(Dictionary<int, SectionExtras> extras, int openId)
    {
        if (!extras.TryGetValue(openId, out var found))
        {
            found = new SectionExtras();
            extras.Add(openId, found);
        }

        return found;
    }

    private static XElement? PreviousElement(XElement element) =>
        element.NodesBeforeSelf().Reverse().FirstOrDefault(n => n is not XText text || !string.IsNullOrWhiteSpace(text.Value)) as XElement;

    /// <summary>A plain paragraph (not a marker, not already ending a section) can end the section instead.</summary>
    private static bool CanTakeSectionBreak(XElement element) =>
        element.Name == W + "p" && element.Element(W + "pPr")?.Element(W + "sectPr") is null;

    /// <summary>Adds a copy of the section properties where the schema wants them: last in pPr, before a tracked change.</summary>
    private static void AddSectionBreak(XElement paragraph, XElement sectPr)
    {
        var pPr = paragraph.Element(W + "pPr");
        if (pPr is null)
        {
            pPr = new XElement(W + "pPr");
            paragraph.AddFirst(pPr);
        }

        if (pPr.Element(W + "pPrChange") is { } change)
        {
            change.AddBeforeSelf(new XElement(sectPr));
        }
        else
        {
            pPr.Add(new XElement(sectPr));
        }
    }

    private static XElement PageBreakParagraph() =>
        new(W + "p", new XElement(W + "r", new XElement(W + "br", new XAttribute(W + "type", "page"))));

    private static void KeepOnlyProperties(XElement paragraph) =>
        paragraph.Nodes().Where(n => n is not XElement { Name: var name } || name != W + "pPr").ToList().ForEach(n => n.Remove());

    /// <summary>
    /// Whether the tag is the only text of its paragraph (docxtemplater's paragraphLoop condition) and what else the
    /// paragraph carries. Bookmarks, spelling marks and empty runs do not count; a field does (it is text in Word).
    /// </summary>
    private static MarkerParagraph Classify(Slot slot)
    {
        if (slot.ParagraphText.Trim() != slot.Tag.Raw)
        {
            return MarkerParagraph.None;
        }

        var paragraph = slot.Paragraph;
        if (paragraph.Descendants().Any(e => e.Name == W + "fldChar" || e.Name == W + "fldSimple" || e.Name == W + "instrText"))
        {
            return MarkerParagraph.None;
        }

        if (paragraph.Descendants().Any(e => e.Name == W + "drawing" || e.Name == W + "pict" || e.Name == W + "object"))
        {
            return MarkerParagraph.Image;
        }

        if (paragraph.Element(W + "pPr")?.Element(W + "sectPr") is not null)
        {
            return MarkerParagraph.SectionBreak;
        }

        // Any run of the paragraph itself (also in a hyperlink or tracked insertion), not one in a text box.
        return paragraph.Descendants(W + "br").Any(b => (string?)b.Attribute(W + "type") == "page" && b.Ancestors(W + "p").First() == paragraph)
            ? MarkerParagraph.PageBreak
            : MarkerParagraph.Plain;
    }

    /// <summary>
    /// A table whose every row is inside a section would be left without rows when those sections show nothing,
    /// which Word calls a damaged file: such a table is only written when one of its row sections shows.
    /// </summary>
    private static void GuardTablesWithOnlyConditionalRows(XElement root)
    {
        foreach (var table in root.Descendants(W + "tbl").ToList())
        {
            var sections = new List<string>();
            if (!HasUnconditionalRow(table, sections) && sections.Count > 0)
            {
                table.AddBeforeSelf(new XProcessingInstruction(PiTarget, "g" + string.Join(',', sections)));
                table.AddAfterSelf(new XProcessingInstruction(PiTarget, "h0"));
            }
        }
    }

    /// <summary>
    /// Whether a row of this table (or of a row-level content control in it) is outside every section; collects the
    /// outermost sections around rows, whose showing decides whether the table has rows.
    /// </summary>
    private static bool HasUnconditionalRow(XElement container, List<string> sections)
    {
        var depth = 0;
        foreach (var node in container.Nodes())
        {
            if (node is XProcessingInstruction { Target: PiTarget } pi)
            {
                if (pi.Data[0] == 'b')
                {
                    if (depth == 0)
                    {
                        sections.Add(pi.Data[1..]);
                    }

                    depth++;
                }
                else if (pi.Data[0] == 'e')
                {
                    depth--;
                }
            }
            else if (depth == 0 && node is XElement element)
            {
                if (element.Name == W + "tr")
                {
                    return true;
                }

                // Rows wrapped in a content control (w:sdt/w:sdtContent) or custom XML count as the table's own.
                var inner = element.Name == W + "sdt" ? element.Element(W + "sdtContent") : element.Name == W + "customXml" ? element : null;
                if (inner is not null && HasUnconditionalRow(inner, sections))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Word requires a cell, text box, header, footer or note to end with a paragraph (and a block content control to
    /// hold one). Where part of such a container's content is conditional, that is checked while rendering.
    /// </summary>
    private static void EnsureContainersEndWithParagraph(XElement root)
    {
        foreach (var container in root.DescendantsAndSelf().Where(IsParagraphContainer))
        {
            if (container.Nodes().Any(n => n is XProcessingInstruction { Target: PiTarget }))
            {
                container.Add(new XProcessingInstruction(PiTarget, "p0"));
            }
        }
    }

    private static bool IsParagraphContainer(XElement element) =>
        element.Name.Namespace == W && (BlockContainers.Contains(element.Name.LocalName) || IsBlockLevelContent(element));

    /// <summary>A content control's content holds paragraphs only when the control stands between paragraphs, not in one (runs) or in a row (cells).</summary>
    private static bool IsBlockLevelContent(XElement element) =>
        element.Name == W + "sdtContent" && element.Parent?.Parent is { } holder
        && (holder.Name == W + "body" || IsParagraphContainer(holder));

    /// <summary>Drawings inside a section are written once per item; their ids must stay unique in the document.</summary>
    private static void MarkRepeatedDrawingIds(XElement root)
    {
        var depth = 0;
        foreach (var node in root.DescendantNodes())
        {
            if (node is XProcessingInstruction { Target: PiTarget } pi)
            {
                depth += pi.Data[0] switch { 'b' => 1, 'e' => -1, _ => 0 };
            }
            else if (depth > 0 && node is XElement { Name.LocalName: "docPr" } docPr && docPr.Name.Namespace == WordprocessingDrawing && docPr.Attribute("id") is { } id)
            {
                id.Value = DrawingIdSentinel;
            }
        }
    }

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

    private static TemplateNode[] Cut(string xml, Dictionary<int, Slot> slots, Dictionary<int, SectionExtras> extras, PartVocabulary vocabulary, out bool hasImages)
    {
        hasImages = false;
        var stack = new Stack<(List<TemplateNode> Siblings, Func<List<TemplateNode>, TemplateNode> Close)>();
        var current = new List<TemplateNode>();
        var position = 0;
        int index;
        while ((index = xml.IndexOf(PiPrefix, position, StringComparison.Ordinal)) >= 0)
        {
            AddStatic(current, xml[position..index], vocabulary);
            var closeIndex = xml.IndexOf("?>", index, StringComparison.Ordinal);
            var code = xml[(index + PiPrefix.Length)..closeIndex];
            position = closeIndex + 2;
            switch (code[0])
            {
                case 'b':
                    var open = slots[Id(code)];
                    stack.Push((current, children => Section(open, children, extras.GetValueOrDefault(open.Id), vocabulary)));
                    current = [];
                    break;
                case 'g':
                    var conditions = code[1..].Split(',')
                        .Select(id => slots[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)].Tag)
                        .Select(tag => new SectionCondition(SplitPath(tag.Name), tag.Kind == '^'))
                        .ToArray();
                    stack.Push((current, children => new TemplateNode { Kind = NodeKind.Guard, Conditions = conditions, Children = [.. children], Vocabulary = vocabulary }));
                    current = [];
                    break;
                case 'e' or 'h':
                    var (siblings, close) = stack.Pop();
                    siblings.Add(close(current));
                    current = siblings;
                    break;
                case 'v':
                    // The content between v and w is for every item but the last, between w and x for the last one.
                    stack.Push((current, everyItem => new TemplateNode { Kind = NodeKind.LastItemVariant, Children = [.. everyItem] }));
                    current = [];
                    break;
                case 'w':
                    var (outer, startVariant) = stack.Pop();
                    var variantNode = startVariant(current);
                    stack.Push((outer, lastItem => new TemplateNode { Kind = NodeKind.LastItemVariant, Children = variantNode.Children, LastChildren = [.. lastItem] }));
                    current = [];
                    break;
                case 'x':
                    var (holder, finishVariant) = stack.Pop();
                    holder.Add(finishVariant(current));
                    current = holder;
                    break;
                case 'p':
                    current.Add(new TemplateNode { Kind = NodeKind.EnsureParagraph, Vocabulary = vocabulary });
                    break;
                case 's' or 'i':
                    var id = Id(code);
                    var slot = slots[id];
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

        AddStatic(current, xml[position..], vocabulary);
        return [.. current];
    }

    private static int Id(string code) => int.Parse(code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    private static TemplateNode Section(Slot open, List<TemplateNode> items, SectionExtras? extras, PartVocabulary vocabulary)
    {
        var children = Splice(items, v => v.Children);
        TemplateNode[]? last = items.Any(n => n.Kind == NodeKind.LastItemVariant) ? [.. Splice(items, v => v.LastChildren!)] : null;
        var whenHidden = extras?.WhenHidden;
        if (extras?.PageBreakAfterLast == true)
        {
            // As docxtemplater: the break joins the last paragraph of the last item, so no empty paragraph is added.
            var paragraphEnd = Encoding.UTF8.GetString(vocabulary.ParagraphEnd);
            last ??= [.. children];
            if (last.Length > 0 && last[^1].Kind == NodeKind.Static && Encoding.UTF8.GetString(last[^1].Bytes) is var tail && tail.EndsWith(paragraphEnd, StringComparison.Ordinal))
            {
                last[^1] = new TemplateNode { Kind = NodeKind.Static, Bytes = Encoding.UTF8.GetBytes(tail[..^paragraphEnd.Length] + vocabulary.PageBreakRun + paragraphEnd) };
            }
            else
            {
                last = [.. last, new TemplateNode { Kind = NodeKind.Static, Bytes = Encoding.UTF8.GetBytes(PageBreakParagraphXml(vocabulary)) }];
            }

            whenHidden ??= PageBreakParagraphXml(vocabulary);
        }

        return new TemplateNode
        {
            Kind = open.Tag.Kind == '^' ? NodeKind.Inverted : NodeKind.Section,
            Name = open.Tag.Name,
            Path = SplitPath(open.Tag.Name),
            Children = [.. children],
            LastChildren = last,
            WhenHidden = whenHidden is null ? null : Encoding.UTF8.GetBytes(whenHidden),
            Vocabulary = vocabulary,
        };
    }

    /// <summary>The section's content with each last-item variant replaced by one of its two versions; statics joined again.</summary>
    private static List<TemplateNode> Splice(List<TemplateNode> items, Func<TemplateNode, TemplateNode[]> version)
    {
        var result = new List<TemplateNode>(items.Count);
        foreach (var node in items.SelectMany(n => n.Kind == NodeKind.LastItemVariant ? version(n) : [n]))
        {
            if (node.Kind == NodeKind.Static)
            {
                AddStatic(result, Encoding.UTF8.GetString(node.Bytes));
            }
            else
            {
                result.Add(node);
            }
        }

        return result;
    }

    private static string PageBreakParagraphXml(PartVocabulary vocabulary) =>
        Encoding.UTF8.GetString(vocabulary.EmptyParagraphStart) + ">" + vocabulary.PageBreakRun + Encoding.UTF8.GetString(vocabulary.ParagraphEnd);

    private static string[] SplitPath(string name) => name == "." ? ["."] : name.Split('.');

    private static void AddStatic(List<TemplateNode> nodes, string text, PartVocabulary vocabulary)
    {
        var sentinel = $"\"{DrawingIdSentinel}\"";
        int at;
        while ((at = text.IndexOf(sentinel, StringComparison.Ordinal)) >= 0)
        {
            AddStatic(nodes, text[..(at + 1)]);
            nodes.Add(new TemplateNode { Kind = NodeKind.DrawingId, Vocabulary = vocabulary });
            text = text[(at + sentinel.Length - 1)..];
        }

        AddStatic(nodes, text);
    }

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
