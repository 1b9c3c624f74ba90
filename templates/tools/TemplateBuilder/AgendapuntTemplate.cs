using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// "Agendapunt voor burgemeester en wethouders": the B&W agenda item form. Field names match the
/// docxtemplater benchmark's data.json (and add to it), so the same data renders in both engines.
/// </summary>
public static class AgendapuntTemplate
{
    public static DocumentParts Build(HouseStyle s)
    {
        var b = new List<string>
        {
            Styled("Titel", "Agendapunt voor burgemeester en wethouders"),
            Layout.FormTable(s, 2600,
                ("Nummer", [Run("{nummer}")]),
                ("Zaaknummer", [Run("{zaaknummer}")]),
                ("Datum vergadering", [Run("{datumVergadering}")]),
                ("Agendapunt", [Run("{agendapuntNummer}")]),
                // Split as Word stores a tag after a spell-check pass.
                ("Onderwerp", [SplitTag(("{onder", null), ("werp", null), ("}", null))]),
                // Split with a formatting change inside the tag.
                ("Portefeuillehouder", [SplitTag(("{portefeuille", null), ("houder", Fmt.Bold), ("}", null))]),
                ("Afdeling / team", [Run("{afdeling}")]),
                ("Steller", [Run("{steller}"), Run(" ("), Run("{stellerEmail}"), Run(", tel. "), Run("{stellerTelefoon}"), Run(")")]),
                ("Datum voorstel", [Run("{datumOpgesteld}")])),

            H1("Conceptbesluit"),
            Body("Het college besluit:"),
            Marker("{#conceptbesluit}"),
            Styled("Besluitpunt", Run("{nr}", Fmt.Bold), Run(".\t"), Run("{tekst}")),
            Marker("{#intentie}"),
            Styled("Citaat", "{tekst}"),
            Marker("{/intentie}"),
            Marker("{#subpunten}"),
            ListItem(2, 0, "{tekst}"),
            Marker("{/subpunten}"),
            Marker("{/conceptbesluit}"),

            H1("Samenvatting"),
            Body("{samenvatting}"),
            H1("Aanleiding"),
            Body("{aanleiding}"),
            H1("Financiële gevolgen"),
            Body("{financieleGevolgen}"),

            H1("Bijlagen"),
            Marker("{#bijlagen}"),
            Styled("Besluitpunt", Run("{nr}"), Run(".\t"), Run("{titel}"), Run(" (kenmerk "), Run("{kenmerk}"), Run(")")),
            Marker("{/bijlagen}"),

            H1("Bestuurlijk traject"),
        };
        int[] tw = [3000, 2000, 4070];
        b.Add(Layout.GridTable(tw, ["Gremium", "Datum", "Behandeling"],
            Layout.RepeatRow("traject", tw, "{gremium}", "{datum}", "{status}"),
            Layout.SectionRow("#", "naarRaad", tw, "Raadscommissie", "{datumRaadscommissie}", "{statusRaadscommissie}"),
            Layout.SectionRow("#", "naarRaad", tw, "Raad", "{datumRaad}", "{statusRaad}")));
        b.Add(Styled("Kleineletters", "t.k.n. = ter kennisname"));

        // Only an item that goes to the council has a raadsvoorstel; otherwise no empty line is left.
        b.Add(Marker("{#naarRaad}"));
        b.Add(Styled("Kleineletters", "Raadsvoorstel: ", "{raadsvoorstel}"));
        b.Add(Marker("{/naarRaad}"));

        b.Add(H1("Overlegd met"));
        b.Add(Body(SplitTag(("{overlegd", null), ("Met}", null))));

        b.Add(H1("Communicatie"));
        b.Add(Layout.FormTable(s, 5200,
            ("Zijn dit besluit en de achterliggende stukken openbaar?", [Run("{openbaar}")]),
            ("Pers", [Run("{pers}")]),
            ("Communicatie", [Run("{communicatie}")])));
        b.Add(Marker("{#geheim}"));
        b.Add(Body(Run("Geheim: ", new Fmt(B: true, Color: "C00000")),
            Run("op dit agendapunt en de bijbehorende stukken rust geheimhouding op grond van "),
            SplitTag(("{geheim", null), ("Grond}", null)), Run(".")));
        b.Add(Marker("{/geheim}"));

        b.Add(H1("Programma"));
        b.Add(Body("{programma}"));

        b.Add(H1("Parafen"));
        int[] pw = [3400, 3670, 2000];
        b.Add(Layout.GridTable(pw, ["Rol", "Naam", "Datum paraaf"],
            Layout.RepeatRow("parafen", pw, "{rol}", "{naam}", "{datum}")));

        b.Add(Body());
        b.Add(Marker("{#besloten}"));
        b.Add(P($"{Style("Kop1")}<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"6\" w:color=\"{s.Accent}\"/></w:pBdr>",
            Run("Besluit B&W: "), Run("{besluit}")));
        b.Add(Styled("Kleineletters", "Vastgesteld in de vergadering van ", "{besluitDatum}"));
        b.Add(Marker("{#gecorrigeerd}"));
        b.Add(Styled("Kleineletters", Run("{correctie}", new Fmt(B: true, Color: "C00000"))));
        b.Add(Marker("{/gecorrigeerd}"));

        // The decision point by point, in the conceptbesluit's own structure: nothing of it may get lost.
        b.Add(Marker("{#besluitpunten}"));
        b.Add(Styled("Besluitpunt", Run("{nr}", Fmt.Bold), Run(".\t"), Run("{tekst}")));
        b.Add(Marker("{#intentie}"));
        b.Add(Styled("Citaat", "{tekst}"));
        b.Add(Marker("{/intentie}"));
        b.Add(Marker("{#subpunten}"));
        b.Add(ListItem(2, 0, "{tekst}"));
        b.Add(Marker("{/subpunten}"));
        b.Add(Marker("{/besluitpunten}"));
        b.Add(Marker("{^besluitpunten}"));
        b.Add(Body("{besluittekst}"));
        b.Add(Marker("{/besluitpunten}"));
        b.Add(Marker("{/besloten}"));
        b.Add(Marker("{^besloten}"));
        b.Add(P($"{Style("Kop1")}<w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"6\" w:color=\"{s.Accent}\"/></w:pBdr>",
            Run("Besluit B&W: "), Run("conform / gewijzigd / aangehouden / niet akkoord", new Fmt(Color: "7F7F7F"))));
        b.Add(Styled("Kleineletters", "In te vullen door het bestuurssecretariaat na de collegevergadering."));
        b.Add(Marker("{/besloten}"));

        return new DocumentParts("agendapunt", "Agendapunt voor burgemeester en wethouders", "Agendapunt B&W",
            string.Concat(b),
            Layout.Header(s, "{gemeente}", "Agendapunt voor burgemeester en wethouders"),
            Layout.Footer(s, Run("Agendapunt "), Run("{nummer}"), Run(" · zaak "), Run("{zaaknummer}")));
    }
}
