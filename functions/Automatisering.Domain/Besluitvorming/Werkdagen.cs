namespace Automatisering.Domain.Besluitvorming;

/// <summary>Dutch working days: Monday to Friday except national holidays and a municipality's own days off.</summary>
public static class Werkdagen
{
    /// <summary>Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }

    /// <summary>
    /// The holidays of the Algemene termijnenwet (the law that also extends legal deadlines over them), which is what
    /// municipal offices close on. Goede Vrijdag is not among them; a municipality that closes then lists it in
    /// its own <see cref="Gemeente.VrijeDagen"/>.
    /// </summary>
    public static IReadOnlyList<DateOnly> Feestdagen(int jaar)
    {
        var pasen = Pasen(jaar);
        var koningsdag = new DateOnly(jaar, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        return
        [
            new DateOnly(jaar, 1, 1), // Nieuwjaarsdag
            pasen, // Eerste Paasdag
            pasen.AddDays(1), // Tweede Paasdag
            koningsdag,
            new DateOnly(jaar, 5, 5), // Bevrijdingsdag
            pasen.AddDays(39), // Hemelvaartsdag
            pasen.AddDays(49), // Eerste Pinksterdag
            pasen.AddDays(50), // Tweede Pinksterdag
            new DateOnly(jaar, 12, 25), // Eerste Kerstdag
            new DateOnly(jaar, 12, 26), // Tweede Kerstdag
        ];
    }

    public static bool IsWerkdag(DateOnly dag, IReadOnlyCollection<DateOnly>? vrijeDagen = null) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !Feestdagen(dag.Year).Contains(dag)
        && (vrijeDagen is null || !vrijeDagen.Contains(dag));

    /// <summary>Working days after <paramref name="vanaf"/> up to and including <paramref name="tot"/>: a step started on Monday has waited one working day on Tuesday.</summary>
    public static int Tussen(DateOnly vanaf, DateOnly tot, IReadOnlyCollection<DateOnly>? vrijeDagen = null)
    {
        var aantal = 0;
        for (var dag = vanaf.AddDays(1); dag <= tot; dag = dag.AddDays(1))
        {
            if (IsWerkdag(dag, vrijeDagen))
            {
                aantal++;
            }
        }

        return aantal;
    }
}
