using System.IO.Compression;
using System.Text;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// Packs the parts of a Word document the way Word itself lays them out (styles, numbering, settings,
/// font table, header, footer, core and app properties). Fixed zip timestamps make the output reproducible.
/// </summary>
public static class DocxWriter
{
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private const string Ns = $"xmlns:w=\"{Wml.W}\" xmlns:r=\"{Wml.R}\"";

    public static byte[] Build(DocumentParts doc, HouseStyle style)
    {
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["[Content_Types].xml"] = ContentTypes,
            ["_rels/.rels"] = RootRels,
            ["docProps/core.xml"] = Core(doc, style),
            ["docProps/app.xml"] = App(style),
            ["word/_rels/document.xml.rels"] = DocumentRels,
            ["word/document.xml"] = Document(doc.Body),
            ["word/styles.xml"] = Styles(style),
            ["word/numbering.xml"] = Numbering(style),
            ["word/settings.xml"] = Settings,
            ["word/fontTable.xml"] = FontTable(style),
            ["word/header1.xml"] = $"{Decl}<w:hdr {Ns}>{doc.Header}</w:hdr>",
            ["word/footer1.xml"] = $"{Decl}<w:ftr {Ns}>{doc.Footer}</w:ftr>",
        };

        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Word writes it; some readers sniff the first entry.
            foreach (var name in parts.Keys.OrderBy(n => n == "[Content_Types].xml" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var s = entry.Open();
                var bytes = Encoding.UTF8.GetBytes(parts[name]);
                s.Write(bytes);
            }
        }
        return ms.ToArray();
    }

    private static string Document(string body) =>
        $"{Decl}<w:document {Ns}><w:body>{body}" +
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId6\"/><w:footerReference w:type=\"default\" r:id=\"rId7\"/>" +
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" +
        "<w:pgMar w:top=\"1985\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>" +
        "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr></w:body></w:document>";

    private const string ContentTypes = Decl +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Default Extension=\"png\" ContentType=\"image/png\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>" +
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" +
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" +
        "</Types>";

    private const string RootRels = Decl +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
        "</Relationships>";

    private const string DocumentRels = Decl +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>" +
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>" +
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>" +
        "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>" +
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>" +
        "</Relationships>";

    private static string Core(DocumentParts doc, HouseStyle style) => Decl +
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
        $"<dc:title>{Wml.Esc(doc.Title)}</dc:title><dc:subject>{Wml.Esc(doc.Subject)}</dc:subject>" +
        "<dc:creator>Automatisering</dc:creator>" +
        $"<cp:keywords>sjabloon; {doc.Name}; {(style.IsDefault ? "standaard" : style.Slug)}</cp:keywords>" +
        $"<dc:description>Sjabloon {doc.Name} ({(style.IsDefault ? "standaard huisstijl" : "huisstijl gemeente " + Wml.Esc(style.Name))}). Velden staan tussen accolades, zie templates/README.md.</dc:description>" +
        "<cp:lastModifiedBy>Automatisering</cp:lastModifiedBy><cp:revision>1</cp:revision>" +
        "<dc:language>nl-NL</dc:language>" +
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>" +
        "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:modified>" +
        "</cp:coreProperties>";

    private static string App(HouseStyle style) => Decl +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
        "<Template>Normal.dotm</Template><Application>Automatisering TemplateBuilder</Application><DocSecurity>0</DocSecurity>" +
        $"<Company>{(style.IsDefault ? "Automatisering" : "Gemeente " + Wml.Esc(style.Name))}</Company>" +
        "<AppVersion>16.0000</AppVersion></Properties>";

    private const string Settings = Decl +
        $"<w:settings {Ns}><w:zoom w:percent=\"100\"/><w:proofState w:spelling=\"clean\" w:grammar=\"clean\"/>" +
        "<w:defaultTabStop w:val=\"709\"/><w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>" +
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>" +
        "<w:themeFontLang w:val=\"nl-NL\"/><w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/></w:settings>";

    private static string FontTable(HouseStyle style)
    {
        var fonts = new[] { style.Font, "Times New Roman", "Symbol" }.Distinct();
        var sb = new StringBuilder($"{Decl}<w:fonts {Ns}>");
        foreach (var f in fonts)
            sb.Append($"<w:font w:name=\"{f}\"><w:charset w:val=\"{(f == "Symbol" ? "02" : "00")}\"/><w:family w:val=\"{(f is "Times New Roman" or "Georgia" ? "roman" : "swiss")}\"/><w:pitch w:val=\"variable\"/></w:font>");
        return sb.Append("</w:fonts>").ToString();
    }

    private static string Numbering(HouseStyle style)
    {
        // 1 = bullets (•, ◦), 2 = dashes as in the reference decision texts; both indent per level.
        static string Lvl(int ilvl, string text, string? font) =>
            $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>" +
            $"<w:pPr><w:ind w:left=\"{709 + ilvl * 425}\" w:hanging=\"283\"/></w:pPr>" +
            (font is null ? "" : $"<w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:hint=\"default\"/></w:rPr>") + "</w:lvl>";
        var sb = new StringBuilder($"{Decl}<w:numbering {Ns}>");
        sb.Append("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (var i = 0; i < 3; i++) sb.Append(Lvl(i, i % 2 == 0 ? "•" : "◦", style.Font));
        sb.Append("</w:abstractNum>");
        sb.Append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (var i = 0; i < 3; i++) sb.Append(Lvl(i, "–", style.Font));
        sb.Append("</w:abstractNum>");
        sb.Append("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>");
        return sb.Append("</w:numbering>").ToString();
    }

    private static string Styles(HouseStyle s)
    {
        var font = $"<w:rFonts w:ascii=\"{s.Font}\" w:hAnsi=\"{s.Font}\" w:eastAsia=\"{s.Font}\" w:cs=\"{s.Font}\"/>";
        const string border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"";
        var grid = $"<w:tblBorders><w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/><w:insideH {border}/><w:insideV {border}/></w:tblBorders>";
        const string cellMar = "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>";
        return Decl + $"<w:styles {Ns}>" +
            "<w:docDefaults><w:rPrDefault><w:rPr>" + font +
            "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"nl-NL\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>" +
            "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standaard\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>" +
            $"<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Standaard\"/><w:next w:val=\"Standaard\"/><w:link w:val=\"Kop1Char\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"80\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"{s.Accent}\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>" +
            $"<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Standaard\"/><w:next w:val=\"Standaard\"/><w:link w:val=\"Kop2Char\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"{s.Accent}\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>" +
            $"<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Standaard\"/><w:next w:val=\"Standaard\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"{s.Accent}\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val=\"{s.Accent}\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Ondertitel\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Standaard\"/><w:next w:val=\"Standaard\"/><w:uiPriority w:val=\"11\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>" +
            $"<w:style w:type=\"paragraph\" w:styleId=\"Citaat\"><w:name w:val=\"Quote\"/><w:basedOn w:val=\"Standaard\"/><w:next w:val=\"Standaard\"/><w:uiPriority w:val=\"29\"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"{s.Accent}\"/></w:pBdr><w:spacing w:before=\"60\" w:after=\"60\"/><w:ind w:left=\"851\" w:right=\"284\"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val=\"404040\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Lijstalinea\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Standaard\"/><w:uiPriority w:val=\"34\"/><w:qFormat/><w:pPr><w:spacing w:after=\"40\"/><w:ind w:left=\"720\"/><w:contextualSpacing/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Besluitpunt\"><w:name w:val=\"Besluitpunt\"/><w:basedOn w:val=\"Standaard\"/><w:uiPriority w:val=\"20\"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"426\"/></w:tabs><w:spacing w:after=\"60\"/><w:ind w:left=\"426\" w:hanging=\"426\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Veldlabel\"><w:name w:val=\"Veldlabel\"/><w:basedOn w:val=\"Standaard\"/><w:uiPriority w:val=\"20\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Tabeltekst\"><w:name w:val=\"Tabeltekst\"/><w:basedOn w:val=\"Standaard\"/><w:uiPriority w:val=\"20\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Kleineletters\"><w:name w:val=\"Kleine letters\"/><w:basedOn w:val=\"Standaard\"/><w:uiPriority w:val=\"20\"/><w:qFormat/><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Koptekst\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Standaard\"/><w:link w:val=\"KoptekstChar\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4536\"/><w:tab w:val=\"right\" w:pos=\"9072\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Voettekst\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Standaard\"/><w:link w:val=\"VoettekstChar\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4536\"/><w:tab w:val=\"right\" w:pos=\"9072\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"Standaardalinea-lettertype\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
            $"<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Kop1Char\"><w:name w:val=\"Kop 1 Char\"/><w:basedOn w:val=\"Standaardalinea-lettertype\"/><w:link w:val=\"Kop1\"/><w:uiPriority w:val=\"9\"/><w:rPr><w:b/><w:bCs/><w:color w:val=\"{s.Accent}\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>" +
            $"<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Kop2Char\"><w:name w:val=\"Kop 2 Char\"/><w:basedOn w:val=\"Standaardalinea-lettertype\"/><w:link w:val=\"Kop2\"/><w:uiPriority w:val=\"9\"/><w:rPr><w:b/><w:bCs/><w:color w:val=\"{s.Accent}\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"KoptekstChar\"><w:name w:val=\"Koptekst Char\"/><w:basedOn w:val=\"Standaardalinea-lettertype\"/><w:link w:val=\"Koptekst\"/><w:uiPriority w:val=\"99\"/><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"VoettekstChar\"><w:name w:val=\"Voettekst Char\"/><w:basedOn w:val=\"Standaardalinea-lettertype\"/><w:link w:val=\"Voettekst\"/><w:uiPriority w:val=\"99\"/><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>" +
            "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"Standaardtabel\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
            $"<w:style w:type=\"table\" w:styleId=\"Tabelraster\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"Standaardtabel\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr>{grid}{cellMar}</w:tblPr></w:style>" +
            $"<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"Formuliertabel\"><w:name w:val=\"Formuliertabel\"/><w:basedOn w:val=\"Tabelraster\"/><w:uiPriority w:val=\"40\"/><w:qFormat/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr>{grid}{cellMar}</w:tblPr>" +
            $"<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/><w:color w:val=\"FFFFFF\"/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{s.Accent}\"/></w:tcPr></w:tblStylePr>" +
            $"<w:tblStylePr w:type=\"firstCol\"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr></w:style>" +
            "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"TabelZonderRand\"><w:name w:val=\"Tabel zonder rand\"/><w:basedOn w:val=\"Standaardtabel\"/><w:uiPriority w:val=\"40\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>" +
            "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"Geenlijst\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>" +
            "</w:styles>";
    }
}
