using System.Text.Json;
using System.Xml.Linq;
using static Automatisering.Templating.Tests.TestDocx;

namespace Automatisering.Templating.Tests;

public sealed class DocumentTemplateRenderTests
{
    private static byte[] Render(string body, string json, string? header = null, string? footer = null, TemplateOptions? options = null)
    {
        var template = Compile(Create(body, header, footer), options);
        using var data = JsonDocument.Parse(json);
        var result = template.Render(data.RootElement);
        AssertValid(result);
        Assert.DoesNotMatch(@"\{[^}]*\}", Text(result));
        return result;
    }

    private static XElement RunWithText(byte[] docx, string text) =>
        Part(docx).Descendants(W + "r").Single(r => r.Elements(W + "t").Any(t => t.Value.Contains(text, StringComparison.Ordinal)));

    [Fact]
    public void Render_ScalarAndDottedPath_ReplacesValues()
    {
        var result = Render(P("Gemeente {gemeente.naam}, onderwerp: {onderwerp}."), """{"gemeente":{"naam":"Zuidwijk"},"onderwerp":"Plein"}""");
        Assert.Equal("Gemeente Zuidwijk, onderwerp: Plein.", Text(result));
    }

    [Fact]
    public void Render_MissingValueAndNull_RendersEmpty()
    {
        var result = Render(P("a{ontbreekt}b{leeg}c"), """{"leeg":null}""");
        Assert.Equal("abc", Text(result));
    }

    [Fact]
    public void Render_NumbersAndBooleans_RenderedInvariant()
    {
        var result = Render(P("{bedrag} {aantal} {ja} {nee}"), """{"bedrag":1234.5,"aantal":3,"ja":true,"nee":false}""");
        Assert.Equal("1234.5 3 true false", Text(result));
    }

    [Fact]
    public void Render_SpecialCharacters_EscapedAsXml()
    {
        var result = Render(P("{v}"), """{"v":"A & B < C > D \"q\" 'e' ë €"}""");
        var xml = Xml(result);
        Assert.Contains("A &amp; B &lt; C &gt; D", xml);
        Assert.Equal("A & B < C > D \"q\" 'e' ë €", Text(result));
    }

    [Fact]
    public void Render_LineBreaksAndTabs_BecomeBrAndTabInSameRunWithFormatting()
    {
        var body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{v}</w:t></w:r></w:p>";
        var result = Render(body, """{"v":"regel 1\nregel 2\r\nregel 3\tkolom"}""");
        Assert.Equal("regel 1\nregel 2\nregel 3\tkolom", Text(result));
        var run = Part(result).Descendants(W + "r").Single();
        Assert.NotNull(run.Element(W + "rPr")?.Element(W + "b"));
        Assert.Equal(2, run.Elements(W + "br").Count());
        Assert.Single(run.Elements(W + "tab"));
    }

    [Fact]
    public void Render_ControlCharacters_AreDropped()
    {
        var result = Render(P("{v}"), """{"v":"a\u0001b\u000Bc"}""");
        Assert.Equal("abc", Text(result));
    }

    [Fact]
    public void Render_TagSplitByProofErr_KeepsFormattingOfFirstRun()
    {
        var body = "<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Naam: {onder</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
            + "<w:r><w:t>werp</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t>} einde</w:t></w:r></w:p>";
        var result = Render(body, """{"onderwerp":"Stationsplein"}""");
        Assert.Equal("Naam: Stationsplein einde", Text(result));
        Assert.NotNull(RunWithText(result, "Stationsplein").Element(W + "rPr")?.Element(W + "i"));
    }

    [Fact]
    public void Render_TagSplitByRsidAndBookmark_Replaced()
    {
        var body = "<w:p><w:r w:rsidR=\"00A1\"><w:t>{porte</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:r w:rsidR=\"00B2\"><w:t>feuille</w:t></w:r>"
            + "<w:bookmarkEnd w:id=\"0\"/><w:r w:rsidRPr=\"00C3\"><w:t>houder}</w:t></w:r></w:p>";
        var result = Render(body, """{"portefeuillehouder":"wethouder Zoë"}""");
        Assert.Equal("wethouder Zoë", Text(result));
    }

    [Fact]
    public void Render_FormattingChangeInsideTag_ValueTakesRunWhereTagStarts()
    {
        var body = "<w:p><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>{na</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r><w:r><w:t>m}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>vet</w:t></w:r></w:p>";
        var result = Render(body, """{"naam":"Noël"}""");
        Assert.Equal("Noëlvet", Text(result));
        var run = RunWithText(result, "Noël");
        Assert.Equal("FF0000", (string?)run.Element(W + "rPr")?.Element(W + "color")?.Attribute(W + "val"));
        Assert.Null(run.Element(W + "rPr")!.Element(W + "b"));
        Assert.NotNull(RunWithText(result, "vet").Element(W + "rPr")?.Element(W + "b"));
    }

    [Fact]
    public void Render_TwoTagsInOneRunWithSurroundingText_BothReplaced()
    {
        var result = Render(P("({a}-{b})"), """{"a":"1","b":"2"}""");
        Assert.Equal("(1-2)", Text(result));
    }

    [Fact]
    public void Render_ParagraphLoop_RepeatsParagraphsAndRemovesMarkerParagraphs()
    {
        var body = P("Voor") + P("{#punten}") + P("{nr}. {tekst}") + P("Toelichting bij {nr}") + P("{/punten}") + P("Na");
        var result = Render(body, """{"punten":[{"nr":1,"tekst":"Eén"},{"nr":2,"tekst":"Twee"}]}""");
        Assert.Equal(["Voor", "1. Eén", "Toelichting bij 1", "2. Twee", "Toelichting bij 2", "Na"], Paragraphs(result));
    }

    [Fact]
    public void Render_ParagraphLoopEmptyArray_RendersNothing()
    {
        var result = Render(P("Voor") + P("{#punten}") + P("{tekst}") + P("{/punten}") + P("Na"), """{"punten":[]}""");
        Assert.Equal(["Voor", "Na"], Paragraphs(result));
    }

    [Fact]
    public void Render_TableRowLoop_RepeatsRow()
    {
        var body = Table(
            Row(Cell(P("Rol")), Cell(P("Naam"))),
            Row(Cell(P("{#parafen}{rol}")), Cell(P("{naam}{/parafen}"))));
        var result = Render(body, """{"parafen":[{"rol":"Steller","naam":"A"},{"rol":"Teamleider","naam":"B"},{"rol":"Directeur","naam":"C"}]}""");
        var rows = Part(result).Descendants(W + "tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("Directeur", rows[3].Descendants(W + "t").First().Value);
        Assert.Equal(["Rol", "Naam", "Steller", "A", "Teamleider", "B", "Directeur", "C"], Paragraphs(result));
    }

    [Fact]
    public void Render_TableRowLoopEmpty_KeepsOtherRowsValid()
    {
        var body = Table(Row(Cell(P("Kop")), Cell(P("Kop2"))), Row(Cell(P("{#x}{a}")), Cell(P("{/x}"))));
        var result = Render(body, """{"x":[]}""");
        Assert.Single(Part(result).Descendants(W + "tr"));
    }

    [Fact]
    public void Render_InlineLoop_RepeatsRunsWithinParagraph()
    {
        var result = Render(P("Namen: {#namen}{.}, {/namen}einde"), """{"namen":["An","Bo","Cas"]}""");
        Assert.Equal("Namen: An, Bo, Cas, einde", Text(result));
    }

    [Fact]
    public void Render_NestedParagraphLoops_ItemScopeThenOuterScope()
    {
        var body = P("{#argumenten}") + P("{kop} ({gemeente})") + P("{#punten}") + P("- {tekst} / {kop}") + P("{/punten}") + P("{/argumenten}");
        var json = """{"gemeente":"Zuidwijk","argumenten":[{"kop":"A1","punten":[{"tekst":"p1"},{"tekst":"p2"}]},{"kop":"A2","punten":[{"tekst":"p3"}]}]}""";
        var result = Render(body, json);
        Assert.Equal(["A1 (Zuidwijk)", "- p1 / A1", "- p2 / A1", "A2 (Zuidwijk)", "- p3 / A2"], Paragraphs(result));
    }

    [Fact]
    public void Render_RowLoopInsideCellParagraphLoop_Works()
    {
        var body = Table(Row(Cell(P("{#r}{naam}")), Cell(P("{#tel}{.} {/tel}{/r}"))));
        var result = Render(body, """{"r":[{"naam":"A","tel":["1","2"]},{"naam":"B","tel":[]}]}""");
        Assert.Equal(["A", "1 2 ", "B", ""], Paragraphs(result));
    }

    [Fact]
    public void Render_ConditionAndInverted_RenderOnlyMatchingBranch()
    {
        var body = P("{#geheim}Geheim: {grond}.{/geheim}{^geheim}Openbaar.{/geheim}") + P("{#toon}") + P("Zichtbaar") + P("{/toon}") + P("{^lijst}Geen items{/lijst}");
        var open = Render(body, """{"geheim":false,"grond":"art. 25","toon":true,"lijst":[]}""");
        Assert.Equal(["Openbaar.", "Zichtbaar", "Geen items"], Paragraphs(open));
        var secret = Render(body, """{"geheim":true,"grond":"art. 25","lijst":[1]}""");
        Assert.Equal(["Geheim: art. 25.", ""], Paragraphs(secret));
    }

    [Fact]
    public void Render_SectionOnObject_UsesObjectAsScope()
    {
        var result = Render(P("{#steller}{naam} ({email}){/steller}"), """{"steller":{"naam":"Noël","email":"n@x.nl"}}""");
        Assert.Equal("Noël (n@x.nl)", Text(result));
    }

    [Fact]
    public void Render_HeaderAndFooterTags_Replaced()
    {
        var result = Render(P("body"), """{"gemeente":"Zuidwijk","zaak":"Z.1"}""", header: P("{gemeente}"), footer: P("Zaak {zaak}"));
        Assert.Equal("Zuidwijk", Text(result, "word/header1.xml"));
        Assert.Equal("Zaak Z.1", Text(result, "word/footer1.xml"));
    }

    [Fact]
    public void Render_TagInTextBox_Replaced()
    {
        var body = "<w:p><w:r><w:t>buiten {a}</w:t></w:r><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:100pt;height:50pt\"><v:textbox><w:txbxContent>"
            + P("binnen {b}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        var result = Render(body, """{"a":"1","b":"2"}""");
        Assert.Equal(["buiten 1", "binnen 2"], Paragraphs(result));
    }

    [Fact]
    public void Render_Image_AddsPictureWithRelationshipAndSize()
    {
        var json = JsonSerializer.Serialize(new { logo = "data:image/png;base64," + TestImages.Png400x100 });
        var result = Render(P("{%logo}"), json, header: P("{%logo}"));
        var extent = Part(result).Descendants().Single(e => e.Name.LocalName == "extent");
        Assert.Equal(400 * 9525, (long)extent.Attribute("cx")!);
        Assert.Equal(100 * 9525, (long)extent.Attribute("cy")!);
        var blip = Part(result).Descendants().Single(e => e.Name.LocalName == "blip");
        var relId = (string)blip.Attributes().Single(a => a.Name.LocalName == "embed");
        var rels = Xml(result, "word/_rels/document.xml.rels");
        Assert.Contains($"Id=\"{relId}\"", rels);
        Assert.Equal(Convert.FromBase64String(TestImages.Png400x100), Entry(result, "word/media/automatisering-image1.png"));
        Assert.Contains("automatisering-image", Xml(result, "word/_rels/header1.xml.rels"));
        Assert.Contains("Extension=\"png\"", Xml(result, "[Content_Types].xml"));
    }

    [Fact]
    public void Render_ImageWiderThanMax_ScaledProportionally()
    {
        var json = JsonSerializer.Serialize(new { logo = TestImages.Png400x100 });
        var result = Render(P("{%logo}"), json, options: new TemplateOptions { MaxImageWidthCm = 2 });
        var extent = Part(result).Descendants().Single(e => e.Name.LocalName == "extent");
        Assert.Equal(720000, (long)extent.Attribute("cx")!);
        Assert.Equal(180000, (long)extent.Attribute("cy")!);
    }

    [Fact]
    public void Render_ImageNotPngOrJpeg_ThrowsNamingField()
    {
        var template = Compile(Create(P("{%logo}")));
        using var data = JsonDocument.Parse("""{"logo":"aGVsbG8="}""");
        var e = Assert.Throws<TemplateRenderException>(() => template.Render(data.RootElement));
        Assert.Equal("logo", e.Field);
    }

    [Fact]
    public void Render_ManyTimesInParallel_IdenticalOutput()
    {
        var body = P("{#punten}") + P("{nr}. {tekst}") + P("{/punten}") + Table(Row(Cell(P("{#r}{a}")), Cell(P("{b}{/r}"))));
        var template = Compile(Create(body, header: P("{kop}")));
        using var data = JsonDocument.Parse("""{"kop":"K","punten":[{"nr":1,"tekst":"a & b"},{"nr":2,"tekst":"c\nd"}],"r":[{"a":"x","b":"y"}]}""");
        var expected = template.Render(data.RootElement);
        AssertValid(expected);
        var results = new byte[64][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = template.Render(data.RootElement));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Render_DataNotAnObject_Throws()
    {
        var template = Compile(Create(P("{a}")));
        using var data = JsonDocument.Parse("[1]");
        Assert.Throws<ArgumentException>(() => template.Render(data.RootElement));
    }

    [Fact]
    public void Compile_Template_ListsTagsWithKindPartAndNesting()
    {
        var body = P("{#argumenten}") + P("{kop}") + P("{#punten}") + P("{tekst} {%foto}") + P("{/punten}") + P("{/argumenten}") + P("{^geheim}open{/geheim}");
        var template = Compile(Create(body, header: P("{gemeente}")));
        Assert.Contains(new TemplateTag("tekst", TagKind.Scalar, "word/document.xml", "{tekst} {%foto}", ["argumenten", "punten"]), template.Tags, TagComparer.Instance);
        Assert.Contains(template.Tags, t => t is { Name: "foto", Kind: TagKind.Image });
        Assert.Contains(template.Tags, t => t is { Name: "geheim", Kind: TagKind.Inverted });
        Assert.Contains(template.Tags, t => t is { Name: "argumenten", Kind: TagKind.Section, NestingPath.Count: 0 });
        Assert.Contains(template.Tags, t => t is { Name: "gemeente", Part: "word/header1.xml" });
    }

    private sealed class TagComparer : IEqualityComparer<TemplateTag>
    {
        public static readonly TagComparer Instance = new();

        public bool Equals(TemplateTag? x, TemplateTag? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Kind == y.Kind && x.Part == y.Part && x.Paragraph == y.Paragraph && x.NestingPath.SequenceEqual(y.NestingPath);

        public int GetHashCode(TemplateTag obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
