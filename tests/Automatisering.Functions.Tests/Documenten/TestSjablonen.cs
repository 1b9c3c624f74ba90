using System.IO.Compression;
using System.Text;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>Templates to upload: the gemeente's own shipped one with a marker paragraph, and a hostile one (a macro).</summary>
internal static class TestSjablonen
{
    /// <summary>The gemeente's shipped template (its house style, else the default) with <paramref name="marker"/> as the first paragraph.</summary>
    public static byte[] MetMarker(string gemeente, string type, string marker)
    {
        var own = Path.Combine(RepositoryRoot.Path, "templates", gemeente, type + ".docx");
        var bytes = File.ReadAllBytes(File.Exists(own) ? own : Path.Combine(RepositoryRoot.Path, "templates", "default", type + ".docx"));
        return Change(bytes, zip =>
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var body = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
            xml = xml.Insert(body, $"<w:p><w:r><w:t>{marker}</w:t></w:r></w:p>");
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        });
    }

    /// <summary>A template with a VBA project: refused by the inspection.</summary>
    public static byte[] MetMacro(string gemeente, string type) =>
        Change(MetMarker(gemeente, type, "MACRO"), zip =>
        {
            using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
            entry.Write("macro"u8);
        });

    /// <summary>
    /// The document as Word saves one made from a house-style .dotx: settings.xml links to the author's local template.
    /// </summary>
    public static byte[] MetAttachedTemplate(byte[] docx) =>
        Change(docx, zip =>
        {
            var settings = zip.GetEntry("word/settings.xml")!;
            string xml;
            using (var reader = new StreamReader(settings.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            settings.Delete();
            var close = xml.IndexOf('>', xml.IndexOf("<w:settings", StringComparison.Ordinal)) + 1;
            xml = xml.Insert(close, "<w:attachedTemplate r:id=\"rIdDotx\"/>");
            using (var writer = new StreamWriter(zip.CreateEntry("word/settings.xml").Open(), new UTF8Encoding(false)))
            {
                writer.Write(xml);
            }

            using var rels = new StreamWriter(zip.CreateEntry("word/_rels/settings.xml.rels").Open(), new UTF8Encoding(false));
            rels.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdDotx\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"file:///C:/Users/secretariaat/Sjablonen/Huisstijl.dotx\" TargetMode=\"External\"/></Relationships>");
        });

    private static byte[] Change(byte[] docx, Action<ZipArchive> change)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return buffer.ToArray();
    }
}
