using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Automatisering.Templating;

/// <summary>
/// Decides whether an upload is a plain, self-contained .docx before any of it is used. Sizes and names are
/// checked from the zip central directory before a single entry is inflated; while inflating, no entry may
/// produce more bytes than it declared.
/// </summary>
public static class TemplatePackageInspector
{
    private const string MainDocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string TemplateMainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string OfficeDocumentRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string AttachedTemplateRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate";
    private const string AltChunkRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk";
    private const string HyperlinkRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static InspectedPackage Inspect(Stream upload, string? fileName, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(upload);
        options ??= TemplateOptions.Default;
        CheckFileName(fileName);
        var bytes = ReadUpload(upload, options.MaxPackageBytes);

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, "Het bestand is geen Word-document (.docx): het is geen geldig zip-archief. Sla het in Word op als Word-document en probeer het opnieuw.");
        }

        using (zip)
        {
            CheckCentralDirectory(zip, options);
            var entries = Inflate(zip);
            var notices = new List<TemplateProblem>();
            var mainPart = CheckContent(entries, options, notices);

            // The Open XML SDK reads the package later: it must see the neutralised parts, not the upload.
            return new InspectedPackage(entries, mainPart, notices.Count == 0 ? bytes : Rezip(entries), notices);
        }
    }

    private static void CheckFileName(string? fileName)
    {
        if (fileName is null)
        {
            return;
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".docm" or ".dotm")
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"'{fileName}' is een Word-bestand met macro's ({extension}); alleen .docx wordt geaccepteerd.");
        }

        // A .dotx is a house-style template as Word saves it; it is used as the document it describes.
        if (extension is not ".docx" and not ".dotx")
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"'{fileName}' is geen .docx- of .dotx-bestand; alleen Word-documenten (.docx) en Word-sjablonen (.dotx) worden geaccepteerd.");
        }
    }

    private static byte[] ReadUpload(Stream upload, long maxBytes)
    {
        if (upload.CanSeek && upload.Length - upload.Position > maxBytes)
        {
            throw new TemplateRejectedException(RejectionReason.TooLarge, $"Het bestand is groter dan {maxBytes / (1024 * 1024)} MiB.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = upload.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new TemplateRejectedException(RejectionReason.TooLarge, $"Het bestand is groter dan {maxBytes / (1024 * 1024)} MiB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void CheckCentralDirectory(ZipArchive zip, TemplateOptions options)
    {
        if (zip.Entries.Count > options.MaxEntries)
        {
            throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Het archief bevat {zip.Entries.Count} onderdelen; maximaal {options.MaxEntries} toegestaan.");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name.Contains('\\') || name.StartsWith('/') || name.Split('/').Any(s => s == "..") || (name.Length > 1 && name[1] == ':'))
            {
                throw new TemplateRejectedException(RejectionReason.PathTraversal, $"Onderdeel '{name}' heeft een ongeldig pad (.., absoluut pad of backslash).", name);
            }

            if (entry.Length < 0 || entry.CompressedLength < 0)
            {
                throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Onderdeel '{name}' heeft een ongeldige grootte.", name);
            }

            total += entry.Length;
            if (total > options.MaxTotalUncompressedBytes)
            {
                throw new TemplateRejectedException(RejectionReason.ZipBomb, $"De uitgepakte inhoud zou groter zijn dan {options.MaxTotalUncompressedBytes / (1024 * 1024)} MiB.", name);
            }

            if (entry.Length > options.CompressionRatioThresholdBytes
                && entry.Length > options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Onderdeel '{name}' is verdacht sterk gecomprimeerd ({entry.Length / Math.Max(1, entry.CompressedLength)}:1).", name);
            }
        }
    }

    private static List<PackageEntry> Inflate(ZipArchive zip)
    {
        var result = new List<PackageEntry>(zip.Entries.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var probe = new byte[1];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue; // directory entries carry no part
            }

            if (!seen.Add(entry.FullName))
            {
                throw new TemplateRejectedException(RejectionReason.NotADocx, $"Onderdeel '{entry.FullName}' komt twee keer voor.", entry.FullName);
            }

            var declared = entry.Length;
            var data = new byte[declared];
            try
            {
                using var stream = entry.Open();
                var offset = 0;
                while (offset < data.Length)
                {
                    var n = stream.Read(data, offset, data.Length - offset);
                    if (n == 0)
                    {
                        throw new TemplateRejectedException(RejectionReason.NotADocx, $"Onderdeel '{entry.FullName}' is korter dan opgegeven.", entry.FullName);
                    }

                    offset += n;
                }

                // One byte more than declared means the central directory lied: a classic zip bomb trick.
                if (stream.Read(probe) != 0)
                {
                    throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Onderdeel '{entry.FullName}' pakt uit tot meer dan de opgegeven {declared} bytes.", entry.FullName);
                }

                // .NET stops inflating at the declared size without complaint, so a lying size shows up as a wrong checksum.
                if (System.IO.Hashing.Crc32.HashToUInt32(data) != entry.Crc32)
                {
                    throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Onderdeel '{entry.FullName}' pakt uit tot andere inhoud dan opgegeven (grootte of controlesom klopt niet).", entry.FullName);
                }
            }
            catch (InvalidDataException)
            {
                throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Onderdeel '{entry.FullName}' klopt niet met de opgegeven grootte of controlesom; het bestand is beschadigd of gemanipuleerd.", entry.FullName);
            }

            result.Add(new PackageEntry(entry.FullName, data, entry.LastWriteTime));
        }

        return result;
    }

    private static string CheckContent(List<PackageEntry> entries, TemplateOptions options, List<TemplateProblem> notices)
    {
        foreach (var entry in entries)
        {
            var lower = entry.Name.ToLowerInvariant();
            if (lower.EndsWith("vbaproject.bin", StringComparison.Ordinal) || lower.EndsWith("vbadata.xml", StringComparison.Ordinal) || lower.Contains("activex", StringComparison.Ordinal))
            {
                throw new TemplateRejectedException(RejectionReason.MacroEnabled, $"Het sjabloon bevat macro's of ActiveX ('{entry.Name}').", entry.Name);
            }
        }

        var contentTypesEntry = entries.FirstOrDefault(e => e.Name == "[Content_Types].xml")
            ?? throw new TemplateRejectedException(RejectionReason.NotADocx, "Het bestand is geen .docx ([Content_Types].xml ontbreekt).");
        var contentTypes = ParseXml(contentTypesEntry);
        var overrides = contentTypes.Root!.Elements(ContentTypesNs + "Override")
            .Select(o => (Part: ((string?)o.Attribute("PartName") ?? "").TrimStart('/'), Type: (string?)o.Attribute("ContentType") ?? ""))
            .ToList();
        var allTypes = overrides.Select(o => o.Type)
            .Concat(contentTypes.Root.Elements(ContentTypesNs + "Default").Select(d => (string?)d.Attribute("ContentType") ?? ""));
        foreach (var type in allTypes)
        {
            if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || type.Contains("activeX", StringComparison.OrdinalIgnoreCase))
            {
                throw new TemplateRejectedException(RejectionReason.MacroEnabled, $"Het sjabloon bevat macro-inhoud (content type '{type}').");
            }
        }

        var rootRels = entries.FirstOrDefault(e => e.Name == "_rels/.rels")
            ?? throw new TemplateRejectedException(RejectionReason.NotADocx, "Het bestand is geen .docx (_rels/.rels ontbreekt).");
        var mainTarget = ParseXml(rootRels).Root!.Elements(RelationshipsNs + "Relationship")
            .Where(r => (string?)r.Attribute("Type") == OfficeDocumentRelType)
            .Select(r => ((string?)r.Attribute("Target") ?? "").TrimStart('/'))
            .FirstOrDefault();
        if (mainTarget is null || entries.All(e => e.Name != mainTarget))
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, "Het bestand is geen .docx (het hoofddocument ontbreekt).");
        }

        // OPC lets a Default (by extension) give the main part its type when no Override names it.
        var mainType = overrides.FirstOrDefault(o => string.Equals(o.Part, mainTarget, StringComparison.OrdinalIgnoreCase)).Type
            ?? contentTypes.Root.Elements(ContentTypesNs + "Default")
                .Where(d => string.Equals((string?)d.Attribute("Extension"), Path.GetExtension(mainTarget).TrimStart('.'), StringComparison.OrdinalIgnoreCase))
                .Select(d => (string?)d.Attribute("ContentType"))
                .FirstOrDefault();
        if (mainType == TemplateMainContentType)
        {
            ReplaceEntry(entries, contentTypesEntry.Name, ToDocumentContentType(contentTypes));
            notices.Add(new TemplateProblem(
                TemplateProblemCode.TemplateConverted,
                "Het bestand is een Word-sjabloon (.dotx); het wordt gebruikt als het document dat erin staat. Gemaakte documenten zijn gewone .docx-bestanden.",
                contentTypesEntry.Name,
                null));
        }
        else if (mainType != MainDocumentContentType)
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"Het bestand is geen Word-document (content type '{mainType}').");
        }

        foreach (var entry in entries.Where(e => e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            // Checked on the raw bytes of every part, not only those a later step parses: a stored attachment is
            // opened later by other programs (LibreOffice, Word) that may expand entities.
            if (DeclaresDtd(entry.Data))
            {
                throw new TemplateRejectedException(RejectionReason.DocumentTypeDefinition, $"Onderdeel '{entry.Name}' bevat een DTD of entiteiten; dat is in een Word-document niet toegestaan.", entry.Name);
            }
        }

        foreach (var entry in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var rels = ParseXml(entry);
            foreach (var rel in rels.Root!.Elements(RelationshipsNs + "Relationship").ToList())
            {
                var type = (string?)rel.Attribute("Type") ?? "";
                var target = (string?)rel.Attribute("Target") ?? "";
                if (type == AttachedTemplateRelType)
                {
                    // Word links every document made from a .dotx to that file on the author's disk. Only the name is
                    // used, nothing is fetched from a local path, so the link is dropped; a link that could reach
                    // another machine (web address, network share) stays refused.
                    if (!IsLocalPath(target))
                    {
                        throw new TemplateRejectedException(RejectionReason.AttachedTemplate, $"Het sjabloon is gekoppeld aan een documentsjabloon op een andere computer of website ('{target}'). Sla het document in Word op zonder die koppeling (Ontwikkelaars > Documentsjabloon) en probeer het opnieuw.", entry.Name);
                    }

                    NeutraliseAttachedTemplate(entries, entry.Name, rels, rel, notices);
                    continue;
                }

                if (type == AltChunkRelType)
                {
                    throw new TemplateRejectedException(RejectionReason.AltChunk, $"Het sjabloon bevat ingevoegde externe inhoud (altChunk '{target}').", entry.Name);
                }

                if (string.Equals((string?)rel.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                    && !(options.AllowExternalHyperlinks && type == HyperlinkRelType))
                {
                    throw new TemplateRejectedException(RejectionReason.ExternalRelationship, $"Het sjabloon verwijst naar een externe bron ('{target}').", entry.Name);
                }
            }
        }

        foreach (var entry in entries.Where(e => e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            // altChunk needs its relationship too, but the element alone already means imported foreign content.
            if (entry.Data.AsSpan().IndexOf(":altChunk"u8) >= 0 || entry.Data.AsSpan().IndexOf("<altChunk"u8) >= 0)
            {
                throw new TemplateRejectedException(RejectionReason.AltChunk, $"Het sjabloon bevat ingevoegde externe inhoud (w:altChunk in '{entry.Name}').", entry.Name);
            }
        }

        return mainTarget;
    }

    /// <summary>
    /// Opens the package with the Open XML SDK (with <c>MaxCharactersInPart</c>) and returns the parts that may hold
    /// tags: body, headers, footers, footnotes and endnotes. Parsing their root elements here enforces the limit.
    /// </summary>
    internal static List<string> FindTemplatedParts(InspectedPackage package, TemplateOptions options)
    {
        try
        {
            using var stream = new MemoryStream(package.RawBytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxCharactersInPart });
            var main = document.MainDocumentPart
                ?? throw new TemplateRejectedException(RejectionReason.NotADocx, "Het bestand is geen .docx (het hoofddocument ontbreekt).");
            var parts = new List<OpenXmlPart> { main };
            parts.AddRange(main.HeaderParts);
            parts.AddRange(main.FooterParts);
            if (main.FootnotesPart is { } footnotes)
            {
                parts.Add(footnotes);
            }

            if (main.EndnotesPart is { } endnotes)
            {
                parts.Add(endnotes);
            }

            foreach (var part in parts)
            {
                _ = part.RootElement;
            }

            return parts.Select(p => Uri.UnescapeDataString(p.Uri.OriginalString).TrimStart('/')).Distinct().ToList();
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new TemplateRejectedException(RejectionReason.TooLarge, $"Een onderdeel van het sjabloon is groter dan {options.MaxCharactersInPart} tekens.");
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or IOException or InvalidOperationException)
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, "Het bestand kan niet als Word-document worden geopend: de inhoud is beschadigd of hoort niet bij een Word-document.");
        }
    }

    /// <summary>A path on the author's own computer: <c>file:///C:\…</c>, <c>C:\…</c> or a bare file name; not a share or a web address.</summary>
    internal static bool IsLocalPath(string target)
    {
        var rest = target.Trim();
        if (rest.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[5..];
            var slashes = rest.Length - rest.TrimStart('/', '\\').Length;

            // file:///C:/… has an empty host; file://server/… and file:////server/… name another machine.
            return slashes is 1 or 3;
        }

        if (rest.StartsWith(@"\\", StringComparison.Ordinal) || rest.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        // Any other scheme (http:, https:, ftp:, …) reaches out; a drive letter (C:) is the only one-letter "scheme".
        var colon = rest.IndexOf(':');
        return colon < 0 || (colon == 1 && char.IsAsciiLetter(rest[0]));
    }

    private static void NeutraliseAttachedTemplate(List<PackageEntry> entries, string relsName, XDocument rels, XElement relationship, List<TemplateProblem> notices)
    {
        var id = (string?)relationship.Attribute("Id");
        var target = (string?)relationship.Attribute("Target") ?? "";
        relationship.Remove();
        ReplaceEntry(entries, relsName, rels);

        // word/_rels/settings.xml.rels belongs to word/settings.xml.
        var slash = relsName.LastIndexOf("_rels/", StringComparison.Ordinal);
        var sourceName = relsName[..slash] + relsName[(slash + 6)..^5];
        var source = entries.FirstOrDefault(e => e.Name == sourceName);
        if (source is not null)
        {
            var settings = ParseXml(source);
            var rNs = (XNamespace)"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            var linked = settings.Descendants().Where(e => e.Name.LocalName == "attachedTemplate" && (string?)e.Attribute(rNs + "id") == id).ToList();
            linked.ForEach(e => e.Remove());
            ReplaceEntry(entries, sourceName, settings);
        }

        notices.Add(new TemplateProblem(
            TemplateProblemCode.Neutralised,
            $"De koppeling aan de documentsjabloon '{target}' is verwijderd. De opmaak zit al in het document zelf; Word zoekt bij het openen niet meer naar dat bestand.",
            sourceName,
            null));
    }

    private static XDocument ToDocumentContentType(XDocument contentTypes)
    {
        foreach (var attribute in contentTypes.Root!.Elements().Attributes("ContentType").Where(a => a.Value == TemplateMainContentType))
        {
            attribute.Value = MainDocumentContentType;
        }

        return contentTypes;
    }

    private static void ReplaceEntry(List<PackageEntry> entries, string name, XDocument content)
    {
        var index = entries.FindIndex(e => e.Name == name);
        var declaration = content.Declaration?.ToString() ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        var bytes = System.Text.Encoding.UTF8.GetBytes(declaration + "\r\n" + content.Root!.ToString(SaveOptions.DisableFormatting));
        entries[index] = entries[index] with { Data = bytes };
    }

    private static byte[] Rezip(List<PackageEntry> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var stream = zip.CreateEntry(entry.Name, CompressionLevel.Fastest).Open();
                stream.Write(entry.Data);
            }
        }

        return output.ToArray();
    }

    private static bool DeclaresDtd(byte[] data)
    {
        // XML parts may be UTF-16 (with a byte order mark); look in the text, not only in the UTF-8 bytes.
        var text = data.AsSpan() switch
        {
            [0xFF, 0xFE, ..] => System.Text.Encoding.Unicode.GetString(data),
            [0xFE, 0xFF, ..] => System.Text.Encoding.BigEndianUnicode.GetString(data),
            _ => null,
        };
        return text is null
            ? data.AsSpan().IndexOf("<!DOCTYPE"u8) >= 0 || data.AsSpan().IndexOf("<!ENTITY"u8) >= 0
            : text.Contains("<!DOCTYPE", StringComparison.Ordinal) || text.Contains("<!ENTITY", StringComparison.Ordinal);
    }

    private static XDocument ParseXml(PackageEntry entry)
    {
        try
        {
            using var stream = new MemoryStream(entry.Data, writable: false);
            return XDocument.Load(stream);
        }
        catch (System.Xml.XmlException e)
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"Onderdeel '{entry.Name}' is geen geldige XML (regel {e.LineNumber}); het bestand is beschadigd.", entry.Name);
        }
    }
}
