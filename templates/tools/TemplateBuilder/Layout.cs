using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>Page header, footer and form blocks shared by all templates, shaped by the house style.</summary>
public static class Layout
{
    public const int TextWidth = 9070; // A4 minus 2 × 2.5 cm

    /// <summary>
    /// Header: logo tag beside the organisation name (a field, so one schema serves every variant);
    /// a municipality's own template adds its house-style line.
    /// </summary>
    public static string Header(HouseStyle s, string nameLine, string formName)
    {
        var logo = P($"{Style("Koptekst")}<w:jc w:val=\"{(s.LogoRight ? "right" : "left")}\"/>", "{%logo}");
        var jc = s.LogoRight ? "left" : "right";
        var name = nameLine;
        var second = s.IsDefault ? formName : s.HeaderLine;
        var text = string.Concat(
            P($"{Style("Koptekst")}<w:jc w:val=\"{jc}\"/>", Run(name, new Fmt(B: true, Color: s.Accent, Sz: 24))),
            P($"{Style("Koptekst")}<w:jc w:val=\"{jc}\"/>", Run(second, new Fmt(Color: "595959"))),
            s.IsDefault ? "" : P($"{Style("Koptekst")}<w:jc w:val=\"{jc}\"/>", Run(formName, new Fmt(Color: "595959"))));
        var cells = s.LogoRight
            ? new[] { Tc(TextWidth - 1600, null, text), Tc(1600, null, logo) }
            : new[] { Tc(1600, null, logo), Tc(TextWidth - 1600, null, text) };
        var widths = s.LogoRight ? new[] { TextWidth - 1600, 1600 } : new[] { 1600, TextWidth - 1600 };
        return Tbl("TabelZonderRand", widths, [Tr(false, cells)], borders: false, look: "0400") +
               P($"{Style("Koptekst")}<w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"{s.Accent}\"/></w:pBdr>");
    }

    /// <summary>Footer: template text left, page x of y right; a municipality's own line above it.</summary>
    public static string Footer(HouseStyle s, params string[] leftRuns)
    {
        var rule = $"{Style("Voettekst")}<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"{s.Accent}\"/></w:pBdr>";
        var own = s.IsDefault ? "" : P(rule, Run(s.FooterLine, new Fmt(B: true, Color: s.Accent)));
        var line = P(s.IsDefault ? rule : Style("Voettekst"),
            [.. leftRuns, Run("\tpagina "), Field("PAGE"), Run(" van "), Field("NUMPAGES")]);
        return own + line.Replace("<w:tab/>", "<w:tab/><w:tab/>", StringComparison.Ordinal);
    }

    /// <summary>Label/value table of a form; the label column is shaded in the house tint.</summary>
    public static string FormTable(HouseStyle s, int labelWidth, params (string Label, string[] Value)[] rows) =>
        Tbl("Formuliertabel", [labelWidth, TextWidth - labelWidth],
            rows.Select(r => Tr(false,
                Tc(labelWidth, s.Tint, Styled("Tabeltekst", Run(r.Label, Fmt.Bold))),
                Tc(TextWidth - labelWidth, null, Styled("Tabeltekst", r.Value)))),
            look: "0480");

    /// <summary>Table with a coloured header row (repeated on every page) and the given body rows.</summary>
    public static string GridTable(int[] widths, string[] headers, params string[] bodyRows) =>
        Tbl("Formuliertabel", widths,
            [Tr(true, [.. headers.Select((h, i) => Tc(widths[i], null, Styled("Tabeltekst", h)))]), .. bodyRows]);

    /// <summary>Body row whose first cell opens and last cell closes a section: the row repeats per item.</summary>
    public static string RepeatRow(string list, int[] widths, params string[] cellTexts) => SectionRow("#", list, widths, cellTexts);

    public static string SectionRow(string kind, string name, int[] widths, params string[] cellTexts)
    {
        var cells = cellTexts.Select((t, i) =>
        {
            var runs = new List<string>();
            if (i == 0) runs.Add(Run($"{{{kind}{name}}}"));
            runs.Add(t.StartsWith("<w:r", StringComparison.Ordinal) ? t : Run(t));
            if (i == cellTexts.Length - 1) runs.Add(Run($"{{/{name}}}"));
            return Tc(widths[i], null, Styled("Tabeltekst", [.. runs]));
        });
        return Tr(false, [.. cells]);
    }
}
