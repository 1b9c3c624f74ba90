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
        catch (InvalidDataException e)
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"Het bestand is geen .docx (geen geldig zip-archief: {e.Message}).");
        }

        using (zip)
        {
            CheckCentralDirectory(zip, options);
            var entries = Inflate(zip);
            var mainPart = CheckContent(entries, options);
            return new InspectedPackage(entries, mainPart, bytes);
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

        if (extension != ".docx")
        {
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"'{fileName}' is geen .docx-bestand; alleen .docx wordt geaccepteerd.");
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
            catch (InvalidDataException e)
            {
                throw new TemplateRejectedException(RejectionReason.ZipBomb, $"Onderdeel '{entry.FullName}' klopt niet met de opgegeven grootte of controlesom: {e.Message}", entry.FullName);
            }

            result.Add(new PackageEntry(entry.FullName, data, entry.LastWriteTime));
        }

        return result;
    }

    private static string CheckContent(List<PackageEntry> entries, TemplateOptions options)
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

        var mainType = overrides.FirstOrDefault(o => o.Part == mainTarget).Type;
        if (mainType != MainDocumentContentType)
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

        foreach (var entry in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var rel in ParseXml(entry).Root!.Elements(RelationshipsNs + "Relationship"))
            {
                var type = (string?)rel.Attribute("Type") ?? "";
                var target = (string?)rel.Attribute("Target") ?? "";
                if (type == AttachedTemplateRelType)
                {
                    throw new TemplateRejectedException(RejectionReason.AttachedTemplate, $"Het sjabloon verwijst naar een gekoppelde documentsjabloon ('{target}').", entry.Name);
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
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"Het bestand kan niet als Word-document worden geopend: {e.Message}");
        }
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
            throw new TemplateRejectedException(RejectionReason.NotADocx, $"Onderdeel '{entry.Name}' is geen geldige XML: {e.Message}", entry.Name);
        }
    }
}
