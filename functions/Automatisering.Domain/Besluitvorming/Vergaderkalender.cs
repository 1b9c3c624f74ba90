using System.Globalization;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A gemeente's college meetings: the configured <see cref="Vergaderrooster"/> plus the secretariat's
/// <see cref="Kalenderwijzigingen"/>. Decides which dates are meetings and which of them a portefeuillehouder may
/// still choose; holds no I/O, so every rule is unit-tested.
/// </summary>
public sealed class Vergaderkalender
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private readonly Vergaderrooster _rooster;
    private readonly Kalenderwijzigingen _wijzigingen;

    public Vergaderkalender(Gemeente gemeente, Kalenderwijzigingen? wijzigingen = null)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        Gemeente = gemeente;
        _rooster = gemeente.Vergaderrooster ?? Vergaderrooster.Standaard;
        _wijzigingen = wijzigingen ?? new Kalenderwijzigingen();
        Dag = ParseDag(_rooster.Dag) ?? DayOfWeek.Tuesday;
    }

    public Gemeente Gemeente { get; }

    public DayOfWeek Dag { get; }

    public Vergaderrooster Rooster => _rooster;

    public Kalenderwijzigingen Wijzigingen => _wijzigingen;

    /// <summary>The meeting on <paramref name="datum"/>, or null when the college does not meet that day.</summary>
    public GeplandeVergadering? Vergadering(DateOnly datum)
    {
        if (_rooster.Vervallen.Contains(datum) || _wijzigingen.Vervallen.Any(v => v.Datum == datum))
        {
            return null;
        }

        var extra = _wijzigingen.Extra.LastOrDefault(e => e.Datum == datum) ?? _rooster.Extra.LastOrDefault(e => e.Datum == datum);
        if (extra is not null)
        {
            return Maak(datum, extra.Tijd ?? _rooster.Tijd, extra.Plaats ?? _rooster.Plaats, isExtra: true);
        }

        return datum.DayOfWeek == Dag ? Maak(datum, _rooster.Tijd, _rooster.Plaats, isExtra: false) : null;
    }

    /// <summary>Meetings from <paramref name="van"/> up to and including <paramref name="tot"/>.</summary>
    public IReadOnlyList<GeplandeVergadering> Tussen(DateOnly van, DateOnly tot)
    {
        var result = new List<GeplandeVergadering>();
        for (var d = van; d <= tot; d = d.AddDays(1))
        {
            if (Vergadering(d) is { } v)
            {
                result.Add(v);
            }
        }

        return result;
    }

    /// <summary>The coming meetings whose agenda is still open at <paramref name="now"/>, the first <paramref name="aantal"/>.</summary>
    public IReadOnlyList<GeplandeVergadering> Kiesbaar(DateTimeOffset now, int aantal = 8)
    {
        var vandaag = NederlandseTijd.Datum(now);
        return Tussen(vandaag, vandaag.AddDays(366)).Where(v => v.Agendasluiting > now).Take(aantal).ToList();
    }

    /// <summary>
    /// Refuses a meeting date the portefeuillehouder may not choose at <paramref name="now"/>: not a meeting of
    /// this college, or its agenda already closed. The message names the next meetings that can be chosen.
    /// </summary>
    public void VereisKiesbaar(DateOnly datum, DateTimeOffset now)
    {
        var vergadering = Vergadering(datum);
        if (vergadering is not null && vergadering.Agendasluiting > now)
        {
            return;
        }

        var alternatieven = string.Join(", ", Kiesbaar(now, 3).Select(v => Tekst(v.Datum)));
        var reden = vergadering is null
            ? $"Het college van {Gemeente.Naam} vergadert niet op {Tekst(datum)}."
            : $"De agenda van de vergadering van {Tekst(datum)} is gesloten sinds {Moment(vergadering.Agendasluiting)}.";
        throw new ArgumentException($"{reden} Kies een van de komende vergaderingen: {alternatieven}.", "vergaderdatum");
    }

    /// <summary>Refuses a date that is not a meeting (e.g. a move or a held-over item to a day the college does not meet).</summary>
    public void VereisVergadering(DateOnly datum, string veld)
    {
        if (Vergadering(datum) is null)
        {
            throw new ArgumentException($"Het college van {Gemeente.Naam} vergadert niet op {Tekst(datum)}; kies een datum uit de vergaderkalender.", veld);
        }
    }

    public static string Tekst(DateOnly datum) => datum.ToString("dddd d MMMM yyyy", Nl);

    public static string Moment(DateTimeOffset moment) => NederlandseTijd.Lokaal(moment).ToString("dddd d MMMM yyyy HH:mm", Nl);

    public static DayOfWeek? ParseDag(string? dag) =>
        Enumerable.Range(0, 7).Select(d => (DayOfWeek?)d).FirstOrDefault(d => string.Equals(Nl.DateTimeFormat.GetDayName(d!.Value), dag?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsTijd(string? tijd) => TimeOnly.TryParseExact(tijd, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private GeplandeVergadering Maak(DateOnly datum, string tijd, string? plaats, bool isExtra)
    {
        var sluitDag = datum.AddDays(-Math.Max(0, _rooster.SluitingDagenVooraf));
        var sluitTijd = TimeOnly.TryParseExact(_rooster.SluitingTijd, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(12, 0);
        var sluiting = NederlandseTijd.Moment(sluitDag, sluitTijd);
        return new GeplandeVergadering(datum, tijd, plaats, sluiting, isExtra);
    }
}
