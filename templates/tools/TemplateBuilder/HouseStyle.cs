namespace Automatisering.TemplateBuilder;

public enum LogoShape { Circle, RoundedSquare, Diamond, Shield, Hexagon }

/// <summary>
/// A municipality's house style. Fonts and colours are fictional stand-ins, not the real corporate identities.
/// </summary>
/// <param name="Slug">Folder name under templates/ and the key the app looks templates up by.</param>
/// <param name="Accent">Heading and rule colour (hex RRGGBB).</param>
/// <param name="Tint">Light fill for table header and label cells.</param>
/// <param name="HeaderLine">Static second line in the page header of the municipality's own templates.</param>
/// <param name="FooterLine">Static text in the page footer of the municipality's own templates.</param>
/// <param name="Overrides">Templates this municipality has its own version of; others fall back to default.</param>
public sealed record HouseStyle(
    string Slug,
    string Name,
    string? Cooperation,
    string Font,
    string Accent,
    string Tint,
    string Initials,
    LogoShape Shape,
    bool LogoRight,
    string HeaderLine,
    string FooterLine,
    string[] Overrides)
{
    /// <summary>Every document type: a municipality with a house style has its own version of each.</summary>
    public static readonly string[] All = ["agendapunt", "collegeadvies", "handvest", "persbericht", "besluitenlijst"];

    public static readonly HouseStyle Default = new(
        "default", "Standaard", null, "Arial", "1F3864", "E8EDF5", "G", LogoShape.RoundedSquare, false,
        "", "", []);

    public static readonly HouseStyle[] Municipalities =
    [
        new("steenwijkerland", "Steenwijkerland", "SSWZM", "Arial", "00703C", "E3F1E8", "SW", LogoShape.Circle, false,
            "Gemeente Steenwijkerland · Bestuurs- en concernzaken",
            "Gemeente Steenwijkerland · Steenwijkerland leeft", All),
        new("staphorst", "Staphorst", "SSWZM", "Georgia", "8B1E3F", "F5E6EA", "ST", LogoShape.Shield, false,
            "Gemeente Staphorst · Bestuursondersteuning",
            "Gemeente Staphorst · Dichtbij en betrokken", All),
        new("zwartewaterland", "Zwartewaterland", "SSWZM", "Calibri", "005A9C", "E1EEF8", "ZW", LogoShape.Diamond, true,
            "Gemeente Zwartewaterland · Bestuurszaken",
            "Gemeente Zwartewaterland · Hasselt, Genemuiden, Zwartsluis", All),
        new("westerveld", "Westerveld", "SSWZM", "Trebuchet MS", "7A4E00", "F6EEDC", "WV", LogoShape.Hexagon, false,
            "Gemeente Westerveld · Bestuur en Dienstverlening",
            "Gemeente Westerveld · Groen en gastvrij", All),
        new("meppel", "Meppel", "SSWZM", "Verdana", "C8102E", "FBE5E8", "MP", LogoShape.Circle, true,
            "Gemeente Meppel · Bestuurszaken & Communicatie",
            "Gemeente Meppel · Samen verder", All),
        new("bedum", "Bedum", "BMWE", "Arial", "2F5496", "E8EDF5", "BD", LogoShape.RoundedSquare, false,
            "Gemeente Bedum · Bestuurszaken", "Gemeente Bedum · Midden in het Hogeland", All),
        new("de-marne", "De Marne", "BMWE", "Georgia", "1B7F79", "E0F2F1", "DM", LogoShape.Hexagon, false,
            "Gemeente De Marne · Bestuur en Middelen", "Gemeente De Marne · Aan het Wad", All),
        new("winsum", "Winsum", "BMWE", "Calibri", "B35C00", "FBEBDD", "WI", LogoShape.Shield, true,
            "Gemeente Winsum · Bestuursondersteuning", "Gemeente Winsum · Wonen in het Reitdiepdal", All),
        new("eemsmond", "Eemsmond", "BMWE", "Verdana", "3C6E1F", "E7F1E0", "EM", LogoShape.Diamond, false,
            "Gemeente Eemsmond · Bestuurszaken", "Gemeente Eemsmond · Haven en land", All),
    ];

    public bool IsDefault => Slug == "default";
}
