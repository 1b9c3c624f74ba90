namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Calendar dates in the Netherlands. Substitution periods, meeting dates and working days are Dutch calendar
/// days, so an instant just after midnight Amsterdam time (still the previous day in UTC) must count as the new day.
/// </summary>
public static class NederlandseTijd
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Datum(DateTimeOffset moment) => DateOnly.FromDateTime(Lokaal(moment).DateTime);

    /// <summary>The instant on the Dutch wall clock (its hour, its date).</summary>
    public static DateTimeOffset Lokaal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The instant of a Dutch wall-clock time (an embargo "16.00 uur"), winter or summer time as that day has it.</summary>
    public static DateTimeOffset Moment(DateOnly datum, TimeOnly tijd)
    {
        var lokaal = datum.ToDateTime(tijd);
        return new DateTimeOffset(lokaal, Zone.GetUtcOffset(lokaal));
    }
}
