using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using static Automatisering.Templating.Tests.TestDocx;
using static Automatisering.Templating.Tests.WordConstructions.WordXml;

namespace Automatisering.Templating.Tests.WordConstructions;

/// <summary>
/// Constructions from real house-style documents made in Word, where the engine used to differ from docxtemplater
/// (paragraphLoop, linebreaks) or refuse; one region per class of issue #12. Every output is validated first.
/// </summary>
public sealed class WordConstructionTests
{
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private static byte[] Render(byte[] docx, string json, string? fileName = null)
    {
        var template = DocumentTemplate.Compile(new MemoryStream(docx), fileName: fileName);
        using var data = JsonDocument.Parse(json);
        var result = template.Render(data.RootElement);
        AssertValid(result);
        Assert.DoesNotMatch(@"\{[^}]*\}", Text(result));
        return result;
    }

    private static XElement Body(byte[] docx) => Part(docx).Root!.Element(W + "body")!;

    private static List<XElement> BodyParagraphs(byte[] docx) => Body(docx).Elements(W + "p").ToList();

    private static string ParagraphText(XElement p) => string.Concat(p.Descendants(W + "t").Select(t => t.Value));

    private static bool HasPageBreak(XElement p) => p.Descendants(W + "br").Any(b => (string?)b.Attribute(W + "type") == "page");

    // 1. A document made from a .dotx, and a .dotx itself.
    [Fact]
    public void Compile_DocumentAttachedToLocalDotx_LinkNeutralisedAndReported()
    {
        var template = DocumentTemplate.Compile(new MemoryStream(AttachedTo(P("Onderwerp: {onderwerp}"), LocalDotx)), fileName: "Collegevoorstel.docx");
        var notice = Assert.Single(template.Neutralised);
        Assert.Equal(TemplateProblemCode.Neutralised, notice.Code);
        Assert.Equal("word/settings.xml", notice.Part);
        Assert.Contains("Huisstijl%20Zuidwijk.dotx", notice.Message);
        Assert.Contains("verwijderd", notice.Message);

        using var data = JsonDocument.Parse("""{"onderwerp":"Herinrichting Stationsplein"}""");
        var result = template.Render(data.RootElement);
        AssertValid(result);
        Assert.Equal("Onderwerp: Herinrichting Stationsplein", Text(result));
        Assert.DoesNotContain("attachedTemplate", Xml(result, "word/settings.xml"));
        Assert.Contains("defaultTabStop", Xml(result, "word/settings.xml"));
        Assert.DoesNotContain("Relationship ", Xml(result, "word/_rels/settings.xml.rels"));
    }

    [Theory]
    [InlineData("https://sjablonen.example.nl/Huisstijl.dotx")]
    [InlineData("http://intranet/Huisstijl.dotx")]
    [InlineData(@"\\fileserver\sjablonen\Huisstijl.dotx")]
    [InlineData("file://fileserver/sjablonen/Huisstijl.dotx")]
    public void Inspect_AttachedTemplateOnOtherMachine_StillRefused(string target)
    {
        var e = Assert.Throws<TemplateRejectedException>(() => TemplatePackageInspector.Inspect(new MemoryStream(AttachedTo(P("x"), target)), "sjabloon.docx"));
        Assert.Equal(RejectionReason.AttachedTemplate, e.ReasonCode);
        Assert.Contains(target, e.Message);
    }

    [Fact]
    public void Render_DotxUpload_OutputIsDocxWithDocumentContentType()
    {
        var dotx = AttachedTo(P("Gemeente {gemeente}"), LocalDotx, mainContentType: TemplateMainType);
        var result = Render(dotx, """{"gemeente":"Zuidwijk"}""", fileName: "Huisstijl Zuidwijk.dotx");
        Assert.Equal("Gemeente Zuidwijk", Text(result));
        var contentTypes = Xml(result, "[Content_Types].xml");
        Assert.Contains(DocumentMainType, contentTypes);
        Assert.DoesNotContain(TemplateMainType, contentTypes);
        using var document = WordprocessingDocument.Open(new MemoryStream(result), false);
        Assert.Equal(WordprocessingDocumentType.Document, document.DocumentType);
    }

    [Fact]
    public void Report_DotxWithFieldProblems_ListsProblemsAndNeutralisedInDutch()
    {
        var schema = TemplateSchema.Load(TemplateSchemaTests.AgendapuntSchema);
        var dotx = AttachedTo(P("Kenmerk: {zaaknummer}") + P("{#conceptbesluit}") + P("{tekst}"), LocalDotx, mainContentType: TemplateMainType);
        var report = TemplateChecker.Report(new MemoryStream(dotx), schema, fileName: "Huisstijl.dotx");
        Assert.Contains(report.Problems, p => p is { Code: TemplateProblemCode.UnknownField, Field: "zaaknummer", Paragraph: "Kenmerk: {zaaknummer}" });
        Assert.Contains(report.Problems, p => p is { Code: TemplateProblemCode.UnusedField, Field: "onderwerp" });
        Assert.Contains(report.Problems, p => p is { Code: TemplateProblemCode.UnclosedSection, Paragraph: "{#conceptbesluit}" });
        Assert.False(report.CanRender);
        Assert.Equal([TemplateProblemCode.TemplateConverted, TemplateProblemCode.Neutralised], report.Neutralised.Select(n => n.Code));
        Assert.All(report.Neutralised, n => Assert.Contains(" het ", n.Message, StringComparison.OrdinalIgnoreCase));
    }

    // 2. An empty list in a table whose rows are all loop rows.
    [Fact]
    public void Render_EmptyListInTableOfOnlyLoopRows_TableRemoved()
    {
        var table = Table(Row(Cell(P("{#kosten}{omschrijving}")), Cell(P("{bedrag}{/kosten}"))));
        var docx = Create(P("Kosten:") + table + P("Einde"));
        var empty = Render(docx, """{"kosten":[]}""");
        Assert.Empty(Body(empty).Descendants(W + "tbl"));
        Assert.Equal(["Kosten:", "Einde"], Paragraphs(empty));

        var filled = Render(docx, """{"kosten":[{"omschrijving":"Bestrating","bedrag":"€ 10.000"},{"omschrijving":"Verlichting","bedrag":"€ 2.500"}]}""");
        Assert.Equal(2, Assert.Single(Body(filled).Elements(W + "tbl")).Elements(W + "tr").Count());
    }

    [Fact]
    public void Render_InvertedRowLoopInTableOfOnlyLoopRows_TableShownOnlyWhenInvertedShows()
    {
        var table = Table(Row(Cell(P("{^kosten}Geen kosten")), Cell(P("{/kosten}"))));
        var docx = Create(table + P(""));
        Assert.Single(Body(Render(docx, """{"kosten":[]}""")).Elements(W + "tbl"));
        Assert.Empty(Body(Render(docx, """{"kosten":[{"a":1}]}""")).Elements(W + "tbl"));
    }

    [Fact]
    public void Render_EmptyListInRowsWrappedInContentControl_TableRemoved()
    {
        // Word's repeating-section content control around the rows: w:sdt directly in w:tbl.
        var rows = "<w:sdt><w:sdtPr><w:id w:val=\"-120543\"/></w:sdtPr><w:sdtContent>"
            + Row(Cell(P("{#kosten}{omschrijving}")), Cell(P("{bedrag}{/kosten}"))) + "</w:sdtContent></w:sdt>";
        var docx = Create(P("Kosten:") + Table(rows) + P("Einde"));
        Assert.Empty(Body(Render(docx, """{"kosten":[]}""")).Descendants(W + "tbl"));
        Assert.Single(Body(Render(docx, """{"kosten":[{"omschrijving":"a","bedrag":"1"}]}""")).Descendants(W + "tr"));
    }

    // 3. A section break in the paragraph of {/x} or {#x} of a hidden section.
    [Fact]
    public void Render_SectionBreakInCloseParagraph_KeptWithOrientationAndHeader()
    {
        var body = P("Voorstel") + P("{#bijlage}") + P("{bijlagetekst}") + SectionBreakParagraph("{/bijlage}", withHeader: true) + P("Slot");
        var docx = Create(body, header: P("Zuidwijk"));
        foreach (var json in new[] { """{"bijlage":false}""", """{"bijlage":true,"bijlagetekst":"Kaart"}""" })
        {
            var result = Render(docx, json);
            var sectPr = Assert.Single(Body(result).Elements(W + "p").Select(p => p.Element(W + "pPr")?.Element(W + "sectPr")).OfType<XElement>());
            Assert.Equal("landscape", (string?)sectPr.Element(W + "pgSz")?.Attribute(W + "orient"));
            Assert.Equal("rIdH", (string?)sectPr.Element(W + "headerReference")?.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")));
            Assert.Equal("Slot", ParagraphText(sectPr.Parent!.Parent!.ElementsAfterSelf(W + "p").First()));
        }

        // Hidden: the emptied marker paragraph carries the break (as docxtemplater); shown: the last item's last paragraph does.
        Assert.Equal(["Voorstel", "", "Slot"], Paragraphs(Render(docx, """{"bijlage":false}""")));
        Assert.Equal(["Voorstel", "Kaart", "Slot"], Paragraphs(Render(docx, """{"bijlage":true,"bijlagetekst":"Kaart"}""")));
    }

    [Fact]
    public void Render_SectionBreakInOpenParagraphOfHiddenSection_EndsParagraphBeforeSection()
    {
        var body = P("Voorblad") + SectionBreakParagraph("{#bijlage}") + P("{bijlagetekst}") + P("{/bijlage}") + P("Slot");
        var hidden = Render(Create(body), """{"bijlage":false}""");
        Assert.Equal(["Voorblad", "Slot"], Paragraphs(hidden));
        Assert.Equal("landscape", (string?)BodyParagraphs(hidden)[0].Element(W + "pPr")?.Element(W + "sectPr")?.Element(W + "pgSz")?.Attribute(W + "orient"));
    }

    [Fact]
    public void Render_SectionBreakInMarkerParagraphsWithoutParagraphNextToThem_MarkerParagraphKept()
    {
        // A table before {#x} and a nested loop before {/x}: no paragraph can take the break, so the emptied marker does.
        var body = Table(Row(Cell(P("a")), Cell(P("b")))) + SectionBreakParagraph("{#x}", landscape: false) + P("{#y}") + P("{.}") + P("{/y}") + SectionBreakParagraph("{/x}") + P("Slot");
        var result = Render(Create(body), """{"x":{"y":["1","2"]}}""");
        Assert.Equal(["a", "b", "", "1", "2", "", "Slot"], Paragraphs(result));
        Assert.Equal(2, Body(result).Elements(W + "p").Count(p => p.Element(W + "pPr")?.Element(W + "sectPr") is not null));
    }

    [Fact]
    public void Render_SectionBreakInCloseParagraphOfInlineSection_KeptWhenHidden()
    {
        // The tags share their paragraphs with text, so only the runs between them repeat (no paragraph loop).
        var body = P("Zie {#bijlage}bijlage") + P("met kaart") + SectionBreakParagraph("{/bijlage} hierna") + P("Slot");
        var hidden = Render(Create(body), """{"bijlage":false}""");
        Assert.Equal(["Zie ", " hierna", "Slot"], Paragraphs(hidden));
        Assert.Equal("landscape", (string?)Body(hidden).Descendants(W + "sectPr").First().Element(W + "pgSz")?.Attribute(W + "orient"));
    }

    // 4. A page break typed in the paragraph of {#x} or {/x}.
    [Fact]
    public void Render_PageBreakInOpenParagraph_EveryItemStartsOnNewPage()
    {
        var body = P("Inhoud") + PageBreakAfter("{#hoofdstukken}") + P("{titel}") + P("{/hoofdstukken}") + P("Einde");
        var result = Render(Create(body), """{"hoofdstukken":[{"titel":"Inleiding"},{"titel":"Besluit"}]}""");
        var paragraphs = BodyParagraphs(result);
        Assert.Equal(["Inhoud", "", "Inleiding", "", "Besluit", "Einde"], paragraphs.Select(ParagraphText));
        Assert.True(HasPageBreak(paragraphs[1]));
        Assert.True(HasPageBreak(paragraphs[3]));
        Assert.Equal(2, Body(result).Descendants(W + "br").Count());
    }

    [Fact]
    public void Render_PageBreakInCloseParagraph_OnceAfterLastItemOrAloneWhenHidden()
    {
        var body = P("{#punten}") + P("{tekst}") + PageBreakBefore("{/punten}") + P("Bijlagen");
        var filled = Render(Create(body), """{"punten":[{"tekst":"Een"},{"tekst":"Twee"}]}""");
        var paragraphs = BodyParagraphs(filled);
        Assert.Equal(["Een", "Twee", "Bijlagen"], paragraphs.Select(ParagraphText));
        Assert.False(HasPageBreak(paragraphs[0]));
        Assert.True(HasPageBreak(paragraphs[1]));

        var hidden = Render(Create(body), """{"punten":[]}""");
        Assert.Equal(["", "Bijlagen"], BodyParagraphs(hidden).Select(ParagraphText));
        Assert.True(HasPageBreak(BodyParagraphs(hidden)[0]));
    }

    // 5. An image inside a loop.
    [Fact]
    public void Render_PictureInsideLoop_DrawingIdsUniqueInDocument()
    {
        var body = "<w:p>" + PictureRun(1) + "</w:p>" + P("{#locaties}") + "<w:p>" + PictureRun(2) + "<w:r><w:t xml:space=\"preserve\"> {naam}</w:t></w:r></w:p>" + P("{/locaties}");
        var result = Render(WithPicture(body), """{"locaties":[{"naam":"Markt"},{"naam":"Haven"},{"naam":"Station"}]}""");
        var ids = Part(result).Descendants(Wp + "docPr").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(["", " Markt", " Haven", " Station"], Paragraphs(result));
    }

    // 6. A cell whose last element would become a nested table.
    [Fact]
    public void Render_CellEndingInHiddenParagraphsAfterNestedTable_CellEndsWithParagraph()
    {
        var nested = Table(Row(Cell(P("Binnen")), Cell(P("tabel"))));
        var cell = Cell(P("Toelichting") + nested + P("{#opmerking}") + P("{opmerking}") + P("{/opmerking}"));
        var result = Render(Create(Table(Row(cell, Cell(P("rechts")))) + P("")), """{"opmerking":""}""");
        var outer = Body(result).Element(W + "tbl")!;
        Assert.All(outer.Elements(W + "tr").Elements(W + "tc"), tc => Assert.Equal(W + "p", tc.Elements().Last().Name));
        Assert.All(Part(result).Descendants(W + "tc"), tc => Assert.Equal(W + "p", tc.Elements().Last().Name));
    }

    [Fact]
    public void Render_CellEndingWithBookmarkEndAfterLoop_NoParagraphAdded()
    {
        // Word closes a bookmark that ends with the cell's last paragraph after that paragraph.
        var cell = Cell("<w:bookmarkStart w:id=\"5\" w:name=\"Toelichting\"/>" + P("{#regels}") + P("{.}") + P("{/regels}") + P("Einde") + "<w:bookmarkEnd w:id=\"5\"/>");
        var result = Render(Create(Table(Row(cell, Cell(P("r")))) + P("")), """{"regels":["a"]}""");
        Assert.Equal(["a", "Einde"], Body(result).Descendants(W + "tc").First().Elements(W + "p").Select(ParagraphText));
    }

    [Fact]
    public void Render_HeaderWhollyInHiddenSection_HeaderKeepsOneParagraph()
    {
        var result = Render(Create(P("Tekst"), header: P("{#concept}") + P("CONCEPT") + P("{/concept}")), """{"concept":false}""");
        Assert.Equal([""], Paragraphs(result, "word/header1.xml"));
    }

    [Fact]
    public void Render_ContentControlAroundHiddenLoop_KeepsOneParagraph()
    {
        var body = "<w:sdt><w:sdtPr><w:alias w:val=\"Bijlagen\"/><w:id w:val=\"771\"/></w:sdtPr><w:sdtContent>"
            + P("{#bijlagen}") + P("{titel}") + P("{/bijlagen}") + "</w:sdtContent></w:sdt>" + P("Slot");
        var result = Render(Create(body), """{"bijlagen":[]}""");
        var content = Body(result).Element(W + "sdt")!.Element(W + "sdtContent")!;
        Assert.Equal([""], content.Elements(W + "p").Select(ParagraphText));
        Assert.Equal(["Titel A"], Body(Render(Create(body), """{"bijlagen":[{"titel":"Titel A"}]}""")).Element(W + "sdt")!.Element(W + "sdtContent")!.Elements(W + "p").Select(ParagraphText));
    }

    // 7. Extra empty paragraphs.
    [Fact]
    public void Render_LoopIsWholeCellContent_NoExtraEmptyParagraph()
    {
        var docx = Create(Table(Row(Cell(P("{#namen}") + P("{.}") + P("{/namen}")), Cell(P("Namen")))) + P(""));
        var filled = Render(docx, """{"namen":["An","Bo"]}""");
        Assert.Equal(["An", "Bo"], Body(filled).Descendants(W + "tc").First().Elements(W + "p").Select(ParagraphText));

        var empty = Render(docx, """{"namen":[]}""");
        Assert.Equal([""], Body(empty).Descendants(W + "tc").First().Elements(W + "p").Select(ParagraphText));
    }

    [Fact]
    public void Render_TagParagraphWithPicture_NoEmptyParagraphs()
    {
        var body = P("Voor") + "<w:p>" + PictureRun(1) + "<w:r><w:t>{#fotos}</w:t></w:r></w:p>" + P("{bijschrift}") + P("{/fotos}") + P("Na");
        var result = Render(WithPicture(body), """{"fotos":[{"bijschrift":"Markt"},{"bijschrift":"Haven"}]}""");
        var paragraphs = BodyParagraphs(result);
        Assert.Equal(["Voor", "", "Markt", "", "Haven", "Na"], paragraphs.Select(ParagraphText));
        Assert.All(paragraphs.Where(p => ParagraphText(p).Length == 0), p => Assert.NotEmpty(p.Descendants(W + "drawing")));
    }

    [Fact]
    public void Render_NextPageSectionBreakInOpenParagraph_NoEmptyParagraphPerItem()
    {
        var body = P("Voor") + SectionBreakParagraph("{#punten}", landscape: false) + P("{tekst}") + P("{/punten}") + P("Na");
        var result = Render(Create(body), """{"punten":[{"tekst":"A"},{"tekst":"B"},{"tekst":"C"}]}""");
        var paragraphs = BodyParagraphs(result);
        Assert.Equal(["Voor", "A", "B", "C", "Na"], paragraphs.Select(ParagraphText));
        Assert.NotNull(paragraphs[0].Element(W + "pPr")?.Element(W + "sectPr"));
        Assert.Single(Body(result).Elements(W + "p"), p => p.Element(W + "pPr")?.Element(W + "sectPr") is not null);
    }

    // 8. Markup inside a split tag.
    [Fact]
    public void Render_GoBackBookmarkInsideSplitTagInRowLoop_NotRepeated()
    {
        var openCell = "<w:p><w:r><w:t>{#para</w:t></w:r><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/>"
            + "<w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"00B2\"><w:t>fen}{rol}</w:t></w:r><w:proofErr w:type=\"spellEnd\"/></w:p>";
        var closeCell = "<w:p><w:r><w:t>{naam}{/pa</w:t></w:r><w:bookmarkStart w:id=\"1\" w:name=\"Ondertekening\"/><w:r><w:t>rafen}</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>";
        var body = "<w:p><w:bookmarkStart w:id=\"2\" w:name=\"Kenmerk\"/><w:r><w:t>Kenmerk</w:t></w:r><w:bookmarkEnd w:id=\"2\"/></w:p>"
            + Table(Row(Cell(openCell), Cell(closeCell)));
        var result = Render(Create(body), """{"parafen":[{"rol":"Steller","naam":"A"},{"rol":"Teamleider","naam":"B"},{"rol":"Directeur","naam":"C"}]}""");
        Assert.Equal(3, Part(result).Descendants(W + "tr").Count());
        var bookmark = Assert.Single(Part(result).Descendants(W + "bookmarkStart"));
        Assert.Equal("Kenmerk", (string?)bookmark.Attribute(W + "name"));
        Assert.DoesNotContain(Part(result).Descendants(W + "proofErr"), e => (string?)e.Attribute(W + "type") == "spellStart");
    }

    // 9. A row loop whose cell is in a content control.
    [Fact]
    public void Render_RowLoopWithCellInContentControl_RowsRepeated()
    {
        var sdtCell = "<w:sdt><w:sdtPr><w:alias w:val=\"Rol\"/><w:tag w:val=\"rol\"/><w:id w:val=\"-1851166339\"/></w:sdtPr><w:sdtContent>"
            + Cell(P("{#parafen}{rol}")) + "</w:sdtContent></w:sdt>";
        var result = Render(Create(Table(Row(sdtCell, Cell(P("{naam}{/parafen}")))) + P("")), """{"parafen":[{"rol":"Steller","naam":"A"},{"rol":"Directeur","naam":"B"}]}""");
        Assert.Equal(2, Part(result).Descendants(W + "tr").Count());
        Assert.Equal(["Steller", "A", "Directeur", "B", ""], Paragraphs(result));
    }

    [Fact]
    public void Render_RowLoopWithContentControlInCell_RowsRepeated()
    {
        var cell = "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:sdt><w:sdtPr><w:id w:val=\"1402021\"/><w:text/></w:sdtPr><w:sdtContent>"
            + P("{#parafen}{rol}") + "</w:sdtContent></w:sdt></w:tc>";
        var result = Render(Create(Table(Row(cell, Cell(P("{naam}{/parafen}")))) + P("")), """{"parafen":[{"rol":"Steller","naam":"A"},{"rol":"Directeur","naam":"B"}]}""");
        Assert.Equal(2, Part(result).Descendants(W + "tr").Count());
        Assert.Equal(["Steller", "A", "Directeur", "B", ""], Paragraphs(result));
    }

    // 10. The main part typed through a Default entry.
    [Fact]
    public void Render_MainPartTypedByDefaultEntry_Accepted()
    {
        var docx = Zip(
        [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"u8.ToArray()),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"u8.ToArray()),
            ("word/document.xml", System.Text.Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WNs}\"><w:body>{P("Beste {naam},")}<w:sectPr/></w:body></w:document>")),
        ]);
        Assert.Equal("Beste Noor,", Text(Render(docx, """{"naam":"Noor"}""")));
    }

    // 11. A paragraph nested in a paragraph.
    [Fact]
    public void Compile_ParagraphInsideParagraph_RefusedWithDutchProblem()
    {
        var body = "<w:p><w:r><w:t>Aanhef {naam}</w:t></w:r><w:p><w:r><w:t>binnen</w:t></w:r></w:p></w:p>" + P("Slot");
        var e = Assert.Throws<TemplateSyntaxException>(() => Compile(Create(body)));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(TemplateProblemCode.NestedParagraph, problem.Code);
        Assert.Equal("Aanhef {naam}binnen", problem.Paragraph);
        Assert.Contains("alinea", problem.Message);
    }

    [Fact]
    public void Compile_ParagraphInTextBox_NotTakenForNesting()
    {
        var body = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:100pt;height:50pt\"><v:textbox><w:txbxContent>"
            + P("{a}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        Assert.Equal(["", "1"], Paragraphs(Render(Create(body), """{"a":"1"}""")));
    }

    // 12. The short closing tag.
    [Fact]
    public void Render_ShortCloseTag_ClosesInnermostSection()
    {
        var body = P("{#argumenten}") + P("{kop}") + P("{#punten}{.}, {/}") + P("{/}") + P("{#geheim}Geheim{/}");
        var result = Render(Create(body), """{"argumenten":[{"kop":"A","punten":["x","y"]},{"kop":"B","punten":[]}],"geheim":true}""");
        Assert.Equal(["A", "x, y, ", "B", "", "Geheim"], Paragraphs(result));
    }

    [Fact]
    public void Compile_ShortCloseWithoutOpenSection_UnmatchedClose()
    {
        var e = Assert.Throws<TemplateSyntaxException>(() => Compile(Create(P("tekst {/}"))));
        Assert.Equal(TemplateProblemCode.UnmatchedClose, Assert.Single(e.Problems).Code);
    }
}
