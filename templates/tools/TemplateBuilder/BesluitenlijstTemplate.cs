using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// Decision list of one college meeting: an overview table (row per agenda item) followed by the
/// decision text per item, then the adoption block.
/// </summary>
public static class BesluitenlijstTemplate
{
    public static DocumentParts Build(HouseStyle s)
    {
        int[] ow = [900, 4570, 1700, 1900];
        int[] sig = [4535, 4535];
        string[] b =
        [
            Styled("Titel", "Besluitenlijst burgemeester en wethouders"),
            Layout.FormTable(s, 2600,
                ("Datum vergadering", [Run("{datum}")]),
                ("Locatie", [Run("{locatie}")]),
                ("Voorzitter", [Run("{voorzitter}")]),
                ("Secretaris", [Run("{secretaris}")]),
                ("Afwezig", [Run("{afwezig}")])),

            H1("Aanwezig"),
            Marker("{#aanwezigen}"),
            ListItem(1, 0, Run("{naam}"), Run(", "), Run("{functie}")),
            Marker("{/aanwezigen}"),

            H1("Overzicht"),
            Layout.GridTable(ow, ["Nr.", "Onderwerp", "Soort", "Besluit"],
                Layout.RepeatRow("agendapunten", ow, "{nummer}", "{onderwerp}",
                    Run("{#hamerstuk}hamerstuk{/hamerstuk}{^hamerstuk}bespreekstuk{/hamerstuk}"), Run("{besluit}", Fmt.Bold))),

            H1("Besluiten"),
            Marker("{#agendapunten}"),
            H2(Run("{nummer}"), Run(". "), Run("{onderwerp}")),
            Styled("Kleineletters", Run("Portefeuillehouder: "), Run("{portefeuillehouder}"), Run(" · zaak "), Run("{zaaknummer}")),
            Body(Run("Besluit: ", Fmt.Bold), Run("{besluit}", Fmt.Bold)),
            Body("{besluittekst}"),
            Marker("{/agendapunten}"),

            Body(),
            Body(Run("Vastgesteld in de vergadering van "), Run("{datumVaststelling}"), Run(".")),
            Tbl("TabelZonderRand", sig,
            [
                TrH(false, 1200,
                    Tc(sig[0], null, Styled("Tabeltekst", "De secretaris,"), P($"{Style("Tabeltekst")}<w:spacing w:before=\"720\"/>", "{secretaris}")),
                    Tc(sig[1], null, Styled("Tabeltekst", "De burgemeester,"), P($"{Style("Tabeltekst")}<w:spacing w:before=\"720\"/>", "{voorzitter}"))),
            ], borders: false, look: "0400"),
        ];
        return new DocumentParts("besluitenlijst", "Besluitenlijst burgemeester en wethouders", "Besluitenlijst B&W",
            string.Concat(b),
            Layout.Header(s, "{gemeente}", "Besluitenlijst college van B&W"),
            Layout.Footer(s, Run("Besluitenlijst "), Run("{datum}")));
    }
}
