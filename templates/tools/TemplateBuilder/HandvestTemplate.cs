using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// A joint charter or vision of several municipalities ("handvest"): title page with the participants,
/// the shared intention, chapters of paragraphs, and a signature row per municipality.
/// </summary>
public static class HandvestTemplate
{
    public static DocumentParts Build(HouseStyle s)
    {
        int[] sw = [2700, 3185, 3185];
        string[] b =
        [
            P($"{Style("Titel")}<w:spacing w:before=\"1800\"/>", "{titel}"),
            Styled("Ondertitel", "{ondertitel}"),
            Body(Run("Handvest van de gemeenten", Fmt.Bold)),
            Marker("{#gemeenten}"),
            ListItem(1, 0, "{naam}"),
            Marker("{/gemeenten}"),
            Body(),
            Body(Run("Samenwerkingsverband: "), Run("{samenwerkingsverband}", Fmt.Bold)),
            Body(Run("Versie: "), Run("{versie}"), Run(" · "), Run("{datum}")),

            H1("Gezamenlijke intentie"),
            Styled("Citaat", "{intentie}"),
            Marker("{#intentiepunten}"),
            ListItem(2, 0, "{tekst}"),
            Marker("{/intentiepunten}"),

            PageBreak(),
            Marker("{#hoofdstukken}"),
            H1(Run("{nr}"), Run(". "), Run("{titel}")),
            Marker("{#alineas}"),
            Body("{tekst}"),
            Marker("{/alineas}"),
            Marker("{/hoofdstukken}"),

            H1("Ondertekening"),
            Body(Run("Aldus vastgesteld door de colleges van burgemeester en wethouders, ondertekend te "),
                Run("{plaatsOndertekening}"), Run(" op "), Run("{datumOndertekening}"), Run(".")),
            Layout.GridTable(sw, ["Gemeente", "De burgemeester", "De secretaris"],
                TrH(false, 1400,
                    Tc(sw[0], null, Styled("Tabeltekst", Run("{#ondertekening}"), Run("{gemeente}", Fmt.Bold))),
                    Tc(sw[1], null, P($"{Style("Tabeltekst")}<w:spacing w:before=\"840\"/>", "{burgemeester}")),
                    Tc(sw[2], null, P($"{Style("Tabeltekst")}<w:spacing w:before=\"840\"/>", Run("{secretaris}"), Run("{/ondertekening}"))))),
        ];
        return new DocumentParts("handvest", "Handvest", "Gezamenlijk handvest van samenwerkende gemeenten",
            string.Concat(b),
            Layout.Header(s, "{samenwerkingsverband}", "Handvest"),
            Layout.Footer(s, Run("{titel}")));
    }
}
