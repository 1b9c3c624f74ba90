using System.Globalization;
using Automatisering.Functions.Besluitvorming;

namespace Automatisering.Functions.Web;

/// <summary>Dutch wording of statuses, outcomes and dates on the pages, in Dutch time.</summary>
public static class WebTekst
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

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

    public static string Datum(DateOnly? datum) => datum?.ToString("dddd d MMMM yyyy", Nl) ?? "";

    public static string Moment(DateTimeOffset? moment) =>
        moment is { } m ? TimeZoneInfo.ConvertTime(m, Amsterdam).ToString("d MMMM yyyy, HH:mm", Nl) : "";
}
