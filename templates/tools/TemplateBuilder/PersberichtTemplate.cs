using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// Joint press release of the cooperating municipalities, sent by the initiating one once every college
/// has decided: embargo line, dateline with lead, quotes and contacts per municipality, note to editors.
/// </summary>
public static class PersberichtTemplate
{
    public static DocumentParts Build(HouseStyle s)
    {
        int[] cw = [2500, 2200, 1900, 2470];
        string[] b =
        [
            Styled("Titel", "Persbericht"),
            Marker("{#embargo}"),
            P($"<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"C00000\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"C00000\"/></w:pBdr>",
                Run("EMBARGO: ", new Fmt(B: true, Color: "C00000")), Run("{embargoTekst}", new Fmt(B: true, Color: "C00000"))),
            Marker("{/embargo}"),
            P($"{Style("Kop1")}<w:spacing w:before=\"120\"/>", Run("{kop}", new Fmt(Sz: 30))),
            Styled("Ondertitel", "{ondertitel}"),
            Body(Run("{plaats}", new Fmt(B: true, Caps: true)), Run(", ", Fmt.Bold), Run("{datum}", Fmt.Bold), Run(" – ", Fmt.Bold), Run("{lead}", Fmt.Bold)),
            Marker("{#alineas}"),
            Body("{tekst}"),
            Marker("{/alineas}"),
            Marker("{#citaten}"),
            Styled("Citaat", Run("‘"), Run("{citaat}"), Run("’")),
            P($"{Style("Citaat")}<w:jc w:val=\"right\"/>", Run("— "), Run("{wie}", Fmt.Bold), Run(", "), Run("{functie}"), Run(" gemeente "), Run("{gemeente}")),
            Marker("{/citaten}"),
            P("<w:jc w:val=\"center\"/>", "###"),
            H2("Noot voor de redactie"),
            Styled("Kleineletters", "Niet voor publicatie."),
            Body("{notaRedactie}"),
            Body("Voor meer informatie kunt u contact opnemen met:"),
            Layout.GridTable(cw, ["Naam", "Gemeente", "Telefoon", "E-mail"],
                Layout.RepeatRow("contacten", cw, "{naam}", "{gemeente}", "{telefoon}", "{email}")),
        ];
        return new DocumentParts("persbericht", "Persbericht", "Gezamenlijk persbericht",
            string.Concat(b),
            Layout.Header(s, "{afzender}", "Persbericht"),
            Layout.Footer(s, Run("Persbericht "), Run("{afzender}"), Run(", "), Run("{datum}")));
    }
}
