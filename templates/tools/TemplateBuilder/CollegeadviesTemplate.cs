using static Automatisering.TemplateBuilder.Wml;

namespace Automatisering.TemplateBuilder;

/// <summary>"Collegeadvies": the reasoning behind an agenda item, in the fixed chapter order of the reference.</summary>
public static class CollegeadviesTemplate
{
    public static DocumentParts Build(HouseStyle s)
    {
        string[] b =
        [
            Styled("Titel", "Collegeadvies"),
            Layout.FormTable(s, 2600,
                ("Onderwerp", [Run("{onderwerp}")]),
                ("Nummer", [Run("{nummer}")]),
                ("Datum vergadering", [Run("{datumVergadering}")]),
                ("Portefeuillehouder", [Run("{portefeuillehouder}")]),
                ("Steller", [Run("{steller}"), Run(", "), Run("{afdeling}")])),

            H1("Inleiding"),
            Body("{inleiding}"),

            H1("Argumenten"),
            Marker("{#argumenten}"),
            H2(Run("{nr}"), Run(". "), Run("{kop}")),
            Body("{tekst}"),
            Marker("{/argumenten}"),

            H1("Kanttekeningen"),
            Marker("{#kanttekeningen}"),
            Body("{tekst}"),
            Marker("{/kanttekeningen}"),

            H1("Duurzaamheidsaspecten"),
            Body("{duurzaamheid}"),
            H1("Financiële toelichting"),
            Body("{financieleToelichting}"),
            H1("Personeel en organisatie"),
            Body("{personeelOrganisatie}"),
            H1("Communicatietraject"),
            Body("{communicatietraject}"),
            H1("Uitvoering en planning"),
            Body("{uitvoeringPlanning}"),
            H1("Inkoop- en aanbestedingsprocedure"),
            Body("{inkoopAanbesteding}"),

            H1("Bijlagen"),
            Marker("{#bijlagen}"),
            ListItem(2, 0, "{titel}"),
            Marker("{/bijlagen}"),
        ];
        return new DocumentParts("collegeadvies", "Collegeadvies", "Collegeadvies bij agendapunt B&W",
            string.Concat(b),
            Layout.Header(s, "{gemeente}", "Collegeadvies"),
            Layout.Footer(s, Run("Collegeadvies "), Run("{nummer}")));
    }
}
