using System.Globalization;
using System.Text.Json;
using Automatisering.Templating;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Dates in an agendapunt's fields that are valid dates but cannot be right for the item: a college date in the
/// bestuurlijk traject that has passed (an item is written for a coming meeting), a council date that has passed
/// or comes before the college or the committee, a year far off (a typo like 2206). The schema checks the format;
/// this checks the meaning, for the fields of the suite's agendapunt (<c>traject</c>, <c>datumRaadscommissie</c>,
/// <c>datumRaad</c>); a template without them is not affected.
/// Only dates that are new or changed against <paramref name="vorige"/> are judged, so an item whose meeting has
/// passed (held over, corrected) can still be edited without rewriting its history.
/// </summary>
public static class Datumcontrole
{
    public const string Traject = "traject";
    public const string DatumRaadscommissie = "datumRaadscommissie";
    public const string DatumRaad = "datumRaad";

    /// <summary>Further ahead or back than this a date is taken for a typo in the year.</summary>
    private const int JarenVooruit = 5;

    private static readonly string[] Formaten = ["dd-MM-yyyy", "yyyy-MM-dd"];
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Every date that makes no sense, as field errors on the schema's field paths; empty when all are plausible.</summary>
    /// <param name="velden">The dossier fields as they would be stored.</param>
    /// <param name="vorige">The fields before this change (the current version, or the shared content a joint proposal's dossier is made from); null for a new item.</param>
    /// <param name="vandaag">Today in the Netherlands.</param>
    public static IReadOnlyList<FieldError> Controleer(JsonElement velden, JsonElement? vorige, DateOnly vandaag)
    {
        var fouten = new List<FieldError>();
        if (velden.ValueKind != JsonValueKind.Object)
        {
            return fouten;
        }

        var bekend = vorige is { ValueKind: JsonValueKind.Object } v ? Datums(v) : new HashSet<(string, DateOnly)>();
        bool Nieuw(string veld, DateOnly datum) => !bekend.Contains((veld, datum));

        DateOnly? college = null;
        var collegeNieuw = false;
        if (velden.TryGetProperty(Traject, out var traject) && traject.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var rij in traject.EnumerateArray())
            {
                var pad = $"{Traject}[{i++}].datum";
                if (rij.ValueKind != JsonValueKind.Object || Lees(rij, "datum") is not { } datum)
                {
                    continue;
                }

                var isCollege = IsCollege(rij);
                if (isCollege && college is null)
                {
                    college = datum;
                    collegeNieuw = Nieuw(Traject, datum);
                }

                if (!Nieuw(Traject, datum))
                {
                    continue;
                }

                if (isCollege && datum < vandaag)
                {
                    fouten.Add(new FieldError(pad, $"{Verleden(datum, vandaag)}; een nieuw agendapunt gaat naar een komende collegevergadering, vul die datum in", "datumVerleden"));
                }
                else if (Jaartal(datum, vandaag) is { } jaartal)
                {
                    // An earlier step of another body (a council information evening) may have passed, but not by years.
                    fouten.Add(new FieldError(pad, jaartal, "datumJaartal"));
                }
            }
        }

        var commissie = Lees(velden, DatumRaadscommissie);
        var raad = Lees(velden, DatumRaad);
        var commissieNieuw = commissie is { } c && Nieuw(DatumRaadscommissie, c);
        var raadNieuw = raad is { } r && Nieuw(DatumRaad, r);
        Raad(fouten, DatumRaadscommissie, commissie, commissieNieuw, "de raadscommissie", college, collegeNieuw, vandaag);
        if (!fouten.Any(f => f.Field == DatumRaad))
        {
            Raad(fouten, DatumRaad, raad, raadNieuw, "de raad", college, collegeNieuw, vandaag);
        }

        if (commissie is { } cd && raad is { } rd && rd < cd && (commissieNieuw || raadNieuw) && !fouten.Any(f => f.Field is DatumRaad or DatumRaadscommissie))
        {
            fouten.Add(new FieldError(DatumRaad, $"ligt vóór de raadscommissie ({Tekst(cd)}); de raad behandelt een voorstel na de commissie", "datumVolgorde"));
        }

        return fouten;
    }

    private static void Raad(List<FieldError> fouten, string veld, DateOnly? datum, bool nieuw, string wie, DateOnly? college, bool collegeNieuw, DateOnly vandaag)
    {
        if (datum is not { } d)
        {
            return;
        }

        if (nieuw && Jaartal(d, vandaag) is { } jaartal)
        {
            fouten.Add(new FieldError(veld, jaartal, "datumJaartal"));
        }
        else if (nieuw && d < vandaag)
        {
            fouten.Add(new FieldError(veld, $"{Verleden(d, vandaag)}; vul de komende behandeling door {wie} in of laat het veld leeg", "datumVerleden"));
        }
        else if (college is { } cd && d < cd && (nieuw || collegeNieuw))
        {
            fouten.Add(new FieldError(veld, $"ligt vóór de collegevergadering ({Tekst(cd)}) in het bestuurlijk traject; {wie} behandelt een voorstel na het college", "datumVolgorde"));
        }
    }

    /// <summary>A row of the traject for the college: "College", "B&amp;W", "college van burgemeester en wethouders".</summary>
    private static bool IsCollege(JsonElement rij) =>
        rij.TryGetProperty("gremium", out var gremium) && gremium.ValueKind == JsonValueKind.String
        && gremium.GetString() is { } naam
        && (naam.Contains("college", StringComparison.OrdinalIgnoreCase)
            || naam.Contains("B&W", StringComparison.OrdinalIgnoreCase)
            || naam.Contains("B en W", StringComparison.OrdinalIgnoreCase)
            || naam.Contains("burgemeester en wethouders", StringComparison.OrdinalIgnoreCase));

    private static string? Jaartal(DateOnly datum, DateOnly vandaag) =>
        datum > vandaag.AddYears(JarenVooruit) ? $"ligt meer dan {JarenVooruit} jaar vooruit ({Tekst(datum)}); controleer het jaartal"
        : datum < vandaag.AddYears(-JarenVooruit) ? $"ligt meer dan {JarenVooruit} jaar terug ({Tekst(datum)}); controleer het jaartal"
        : null;

    private static string Verleden(DateOnly datum, DateOnly vandaag) =>
        datum == vandaag.AddDays(-1) ? $"gisteren ({Tekst(datum)}) is voorbij" : $"{Tekst(datum)} ligt in het verleden";

    private static string Tekst(DateOnly datum) => datum.ToString("d MMMM yyyy", Nl);

    private static DateOnly? Lees(JsonElement obj, string naam) =>
        obj.TryGetProperty(naam, out var waarde) && waarde.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(waarde.GetString()?.Trim(), Formaten, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            ? datum
            : null;

    /// <summary>The dates the previous fields held, per field (traject rows together, as rows may be reordered).</summary>
    private static HashSet<(string, DateOnly)> Datums(JsonElement vorige)
    {
        var datums = new HashSet<(string, DateOnly)>();
        if (vorige.TryGetProperty(Traject, out var traject) && traject.ValueKind == JsonValueKind.Array)
        {
            foreach (var rij in traject.EnumerateArray())
            {
                if (rij.ValueKind == JsonValueKind.Object && Lees(rij, "datum") is { } datum)
                {
                    datums.Add((Traject, datum));
                }
            }
        }

        foreach (var veld in new[] { DatumRaadscommissie, DatumRaad })
        {
            if (Lees(vorige, veld) is { } datum)
            {
                datums.Add((veld, datum));
            }
        }

        return datums;
    }
}
