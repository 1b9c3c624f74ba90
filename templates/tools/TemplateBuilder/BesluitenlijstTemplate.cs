using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// Decision list of one college meeting as it is sent: meeting data, attendance, an overview table (row per
/// agenda item), then per item its numbers, wethouder and the decision point by point, and the signature block.
/// </summary>
public static class BesluitenlijstTemplate
{
    public static DocumentParts Build(HouseStyle s)
    {
        int[] ow = [900, 4570, 1700, 1900];
        int[] sig = [4535, 4535];

        // Every paragraph of an item keeps with the next, so an item is not torn from its decision; a spacer without
        // keep-with-next ends each item, except after the last one, so the signature block stays with the last item.
        static string Keep(string styleId, params string[] runs) => P($"{Style(styleId)}<w:keepNext/>", runs);
        string[] b =
        [
            Styled("Titel", "Besluitenlijst burgemeester en wethouders"),
            Layout.FormTable(s, 2600,
                ("Datum vergadering", [Run("{datum}")]),
                ("Aanvang", [Run("{tijd}")]),
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
            Keep("Kleineletters", Run("Wethouder: "), Run("{wethouder}"), Run(" · zaak "), Run("{zaaknummer}"), Run(" · registratienummer "), Run("{registratienummer}")),
            Keep("Standaard", Run("Besluit: ", Fmt.Bold), Run("{besluit}", Fmt.Bold)),
            Marker("{#gecorrigeerd}"),
            Keep("Kleineletters", Run("{correctie}", new Fmt(B: true, Color: "C00000"))),
            Marker("{/gecorrigeerd}"),
            Marker("{#besluitpunten}"),
            Keep("Besluitpunt", Run("{nr}", Fmt.Bold), Run(".\t"), Run("{tekst}")),
            Marker("{#intentie}"),
            Keep("Citaat", "{tekst}"),
            Marker("{/intentie}"),
            Marker("{#subpunten}"),
            P($"{Style("Lijstalinea")}<w:keepNext/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>", "{tekst}"),
            Marker("{/subpunten}"),
            Marker("{/besluitpunten}"),
            Marker("{^besluitpunten}"),
            Keep("Standaard", "{besluittekst}"),
            Marker("{/besluitpunten}"),
            Marker("{^laatste}"),
            Body(),
            Marker("{/laatste}"),
            Marker("{/agendapunten}"),

            Keep("Standaard"),
            Keep("Standaard", Run("Aldus vastgesteld in de vergadering van "), Run("{datumVaststelling}"), Run(".")),
            Tbl("TabelZonderRand", sig,
            [
                TrH(false, 1200,
                    Tc(sig[0], null, P($"{Style("Tabeltekst")}<w:keepNext/>", "De secretaris,"), P($"{Style("Tabeltekst")}<w:spacing w:before=\"720\"/>", "{secretaris}")),
                    Tc(sig[1], null, P($"{Style("Tabeltekst")}<w:keepNext/>", "De voorzitter,"), P($"{Style("Tabeltekst")}<w:spacing w:before=\"720\"/>", "{voorzitter}"))),
            ], borders: false, look: "0400"),
        ];
        return new DocumentParts("besluitenlijst", "Besluitenlijst burgemeester en wethouders", "Besluitenlijst B&W",
            string.Concat(b),
            Layout.Header(s, "{gemeente}", "Besluitenlijst college van B&W"),
            Layout.Footer(s, Run("Besluitenlijst "), Run("{datum}")));
    }
}
