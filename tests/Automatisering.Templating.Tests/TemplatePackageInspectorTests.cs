using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

public sealed class TemplatePackageInspectorTests
{
    private static RejectionReason Rejection(byte[] package, string? fileName = "sjabloon.docx", TemplateOptions? options = null) =>
        Assert.Throws<TemplateRejectedException>(() => TemplatePackageInspector.Inspect(new MemoryStream(package), fileName, options)).ReasonCode;

    private static byte[] Plain() => Create(P("{a}"));

    [Fact]
    public void Inspect_PlainDocx_Accepted()
    {
        var package = TemplatePackageInspector.Inspect(new MemoryStream(Plain()), "sjabloon.docx");
        Assert.Equal("word/document.xml", package.MainPartName);
    }

    [Fact]
    public void Inspect_NotAZip_NotADocx() => Assert.Equal(RejectionReason.NotADocx, Rejection(Encoding.UTF8.GetBytes("dit is geen zip")));

    [Fact]
    public void Inspect_NotAZip_ReasonInDutchWithoutTheFrameworksEnglish()
    {
        var fout = Assert.Throws<TemplateRejectedException>(() => TemplatePackageInspector.Inspect(new MemoryStream(Encoding.UTF8.GetBytes("dit is geen zip")), "bijlage.docx"));

        Assert.StartsWith("Het bestand is geen Word-document (.docx)", fout.Message);
        Assert.DoesNotContain("Central Directory", fout.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Inspect_ZipWithoutDocument_NotADocx() =>
        Assert.Equal(RejectionReason.NotADocx, Rejection(Zip([("readme.txt", "hallo"u8.ToArray())])));

    [Fact]
    public void Inspect_WrongMainContentType_NotADocx() =>
        Assert.Equal(RejectionReason.NotADocx, Rejection(Create(P("x"), mainContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")));

    [Theory]
    [InlineData("sjabloon.docm")]
    [InlineData("sjabloon.dotm")]
    [InlineData("sjabloon.pdf")]
    public void Inspect_WrongFileName_NotADocx(string fileName) => Assert.Equal(RejectionReason.NotADocx, Rejection(Plain(), fileName));

    [Fact]
    public void Inspect_VbaProject_MacroEnabled() =>
        Assert.Equal(RejectionReason.MacroEnabled, Rejection(Create(P("x"), extraEntries: [("word/vbaProject.bin", new byte[] { 1, 2, 3 })])));

    [Fact]
    public void Inspect_MacroContentType_MacroEnabled() =>
        Assert.Equal(RejectionReason.MacroEnabled, Rejection(Create(P("x"), mainContentType: "application/vnd.ms-word.document.macroEnabled.main+xml")));

    [Fact]
    public void Inspect_ExternalRelationship_Rejected() =>
        Assert.Equal(RejectionReason.ExternalRelationship, Rejection(Create(P("x"), extraDocumentRels:
            "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"http://evil.example/p.png\" TargetMode=\"External\"/>")));

    [Fact]
    public void Inspect_ExternalHyperlinkWhenAllowed_Accepted()
    {
        var docx = Create(P("x"), extraDocumentRels:
            "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://www.zuidwijk.nl\" TargetMode=\"External\"/>");
        Assert.Equal(RejectionReason.ExternalRelationship, Rejection(docx));
        TemplatePackageInspector.Inspect(new MemoryStream(docx), null, new TemplateOptions { AllowExternalHyperlinks = true });
    }

    [Fact]
    public void Inspect_AttachedTemplateOnLocalDisk_NeutralisedInEntries()
    {
        var docx = Create(P("x"),
            extraEntries:
            [
                ("word/settings.xml", Encoding.UTF8.GetBytes($"<w:settings xmlns:w=\"{WNs}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:attachedTemplate r:id=\"rId1\"/></w:settings>")),
                ("word/_rels/settings.xml.rels", Encoding.UTF8.GetBytes("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"file:///C:/sjablonen/normal.dotm\" TargetMode=\"External\"/></Relationships>")),
            ],
            extraContentTypes: "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
            extraDocumentRels: "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>");
        var package = TemplatePackageInspector.Inspect(new MemoryStream(docx), "sjabloon.docx");
        Assert.Equal(TemplateProblemCode.Neutralised, Assert.Single(package.Neutralised).Code);
        Assert.DoesNotContain("attachedTemplate", Encoding.UTF8.GetString(package.Find("word/settings.xml")!.Data));
        Assert.DoesNotContain("normal.dotm", Encoding.UTF8.GetString(package.Find("word/_rels/settings.xml.rels")!.Data));
    }

    [Theory]
    [InlineData(@"file:///C:\Users\a\Huisstijl.dotx", true)]
    [InlineData("file:///C:/sjablonen/normal.dotm", true)]
    [InlineData(@"C:\sjablonen\Huisstijl.dotx", true)]
    [InlineData("Normal.dotm", true)]
    [InlineData("file://server/share/Huisstijl.dotx", false)]
    [InlineData("file:////server/share/Huisstijl.dotx", false)]
    [InlineData(@"\\server\share\Huisstijl.dotx", false)]
    [InlineData("https://example.nl/Huisstijl.dotx", false)]
    [InlineData("ftp://example.nl/Huisstijl.dotx", false)]
    public void IsLocalPath_Target_OnlyAuthorsOwnDisk(string target, bool local) => Assert.Equal(local, TemplatePackageInspector.IsLocalPath(target));

    [Fact]
    public void Inspect_DotxFileName_Accepted() =>
        Assert.Empty(TemplatePackageInspector.Inspect(new MemoryStream(Plain()), "Huisstijl.dotx").Neutralised);

    [Fact]
    public void Inspect_AltChunkRelationship_Rejected() =>
        Assert.Equal(RejectionReason.AltChunk, Rejection(Create(P("x"),
            extraEntries: [("word/afchunk.html", "<html><body>x</body></html>"u8.ToArray())],
            extraContentTypes: "<Default Extension=\"html\" ContentType=\"text/html\"/>",
            extraDocumentRels: "<Relationship Id=\"rIdA\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"afchunk.html\"/>")));

    [Fact]
    public void Inspect_AltChunkElement_Rejected() =>
        Assert.Equal(RejectionReason.AltChunk, Rejection(Create(P("x") + "<w:altChunk r:id=\"rIdA\"/>")));

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("word/../../evil.xml")]
    [InlineData("/etc/passwd")]
    [InlineData("word\\evil.xml")]
    public void Inspect_TraversingEntryName_PathTraversal(string name) =>
        Assert.Equal(RejectionReason.PathTraversal, Rejection(Create(P("x"), extraEntries: [(name, "x"u8.ToArray())])));

    [Fact]
    public void Inspect_HighlyCompressedEntry_ZipBomb()
    {
        // 20 MiB of zeros deflate to about 20 KiB: a ratio near 1000:1.
        var bomb = Create(P("x"), extraEntries: [("word/bom.xml", new byte[20 * 1024 * 1024])]);
        Assert.True(bomb.Length < 200 * 1024);
        Assert.Equal(RejectionReason.ZipBomb, Rejection(bomb));
    }

    [Fact]
    public void Inspect_TooManyEntries_ZipBomb()
    {
        var entries = Enumerable.Range(0, 1500).Select(i => ($"word/e{i}.xml", "<x/>"u8.ToArray()));
        Assert.Equal(RejectionReason.ZipBomb, Rejection(Create(P("x"), extraEntries: entries)));
    }

    [Fact]
    public void Inspect_TotalDeclaredSizeOverLimit_ZipBomb()
    {
        var random = new Random(1);
        var entries = Enumerable.Range(0, 4).Select(i =>
        {
            var data = new byte[300 * 1024];
            random.NextBytes(data); // incompressible, so only the total-size limit can catch it
            return ($"word/media/b{i}.bin", data);
        });
        Assert.Equal(RejectionReason.ZipBomb, Rejection(Create(P("x"), extraEntries: entries), options: new TemplateOptions { MaxTotalUncompressedBytes = 1024 * 1024 }));
    }

    [Fact]
    public void Inspect_EntryInflatingBeyondDeclaredSize_ZipBomb()
    {
        var docx = Create(P("x"), extraEntries: [("word/lies.xml", new byte[100_000])]);
        Assert.Equal(RejectionReason.ZipBomb, Rejection(PatchDeclaredSize(docx, "word/lies.xml", 1000)));
    }

    [Fact]
    public void Inspect_UploadLargerThanLimit_TooLarge() =>
        Assert.Equal(RejectionReason.TooLarge, Rejection(Plain(), options: new TemplateOptions { MaxPackageBytes = 100 }));

    [Fact]
    public void Compile_MaliciousPackage_RejectedBeforeCompiling() =>
        Assert.Throws<TemplateRejectedException>(() => Compile(Create(P("{a}"), extraEntries: [("word/vbaProject.bin", new byte[] { 1 })])));

    /// <summary>Makes the central directory and local header claim a smaller uncompressed size than the data has.</summary>
    private static byte[] PatchDeclaredSize(byte[] zip, string entryName, uint declared)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, Math.Min(name.Length, bytes.Length - i - 46)).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
            }
        }

        using var check = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(declared, check.GetEntry(entryName)!.Length);
        return bytes;
    }
}
