using System.Globalization;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;

namespace Automatisering.Web;

/// <summary>Dutch wording of statuses, outcomes and dates on the pages, in Dutch time.</summary>
public static class WebTekst
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Status(DossierStatus status) => status switch
    {
        DossierStatus.Concept => "Concept",
        DossierStatus.InRoute => "In de paraafroute",
        DossierStatus.Teruggestuurd => "Teruggestuurd",
        DossierStatus.Geagendeerd => "Geagendeerd",
        DossierStatus.Aangehouden => "Aangehouden",
        DossierStatus.Besloten => "Besloten",
        _ => status.ToString(),
    };

    public static string Uitkomst(BesluitUitkomst uitkomst) => uitkomst.Label();

    /// <summary>A schema's choice as a label: "ja" shows as "Ja".</summary>
    public static string Hoofdletter(string tekst) =>
        tekst.Trim() is { Length: > 0 } t ? char.ToUpper(t[0], Nl) + t[1..] : tekst;

    public static string Datum(DateOnly? datum) => datum?.ToString("dddd d MMMM yyyy", Nl) ?? "";

    public static string Moment(DateTimeOffset? moment) =>
        moment is { } m ? NederlandseTijd.Lokaal(m).ToString("d MMMM yyyy, HH:mm", Nl) : "";

    public static string Persstatus(PersberichtStatus status) => status switch
    {
        PersberichtStatus.WachtOpAkkoord => "Wacht op akkoord van de communicatieadviseurs",
        PersberichtStatus.WachtOpBesluiten => "Akkoord; wacht op de collegebesluiten",
        PersberichtStatus.Aangehouden => "Aangehouden: wacht op een later collegebesluit",
        PersberichtStatus.Geblokkeerd => "Geblokkeerd: een college ging niet akkoord",
        PersberichtStatus.Gereed => "Gereed voor verzending",
        PersberichtStatus.DeelsVrijgegeven => "Deels vrijgegeven",
        PersberichtStatus.Vrijgegeven => "Vrijgegeven",
        _ => status.ToString(),
    };

    public static string Mijlpaalsoort(MijlpaalSoort soort) => soort switch
    {
        MijlpaalSoort.Conferentie => "Conferentie",
        MijlpaalSoort.Bespreking => "Bespreking",
        MijlpaalSoort.Consultatie => "Consultatie",
        MijlpaalSoort.VoorlopigCollegebesluit => "Voorlopig collegebesluit",
        MijlpaalSoort.Collegebesluit => "Collegebesluit",
        MijlpaalSoort.Raadsbijeenkomst => "Raadsbijeenkomst",
        MijlpaalSoort.Raadsbesluit => "Raadsbesluit",
        _ => "Overig",
    };

    /// <summary>A datetime-local input (Dutch time) as an instant.</summary>
    public static DateTimeOffset? LeesMoment(string? invoer)
    {
        if (!DateTime.TryParseExact(invoer, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
        {
            return null;
        }

        return NederlandseTijd.Moment(DateOnly.FromDateTime(lokaal), TimeOnly.FromDateTime(lokaal));
    }

    public static string MomentInvoer(DateTimeOffset? moment) =>
        moment is { } m ? NederlandseTijd.Lokaal(m).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";
}
