using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class WerkdagenTests
{
    [Theory]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Pasen_KnownYears_ReturnsEasterSunday(int jaar, int maand, int dag)
    {
        Assert.Equal(new DateOnly(jaar, maand, dag), Werkdagen.Pasen(jaar));
    }

    [Fact]
    public void Feestdagen_2026_AreTheDaysOfTheAlgemeneTermijnenwet()
    {
        Assert.Equal(
            [
                new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 5), new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 27),
                new DateOnly(2026, 5, 5), new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 24), new DateOnly(2026, 5, 25),
                new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26),
            ],
            Werkdagen.Feestdagen(2026));
    }

    [Fact]
    public void Feestdagen_KoningsdagOnSunday_MovesToSaturday()
    {
        Assert.Contains(new DateOnly(2025, 4, 26), Werkdagen.Feestdagen(2025));
        Assert.DoesNotContain(new DateOnly(2025, 4, 27), Werkdagen.Feestdagen(2025));
    }

    [Theory]
    [InlineData(2026, 3, 6, true)] // Friday
    [InlineData(2026, 3, 7, false)] // Saturday
    [InlineData(2026, 3, 8, false)] // Sunday
    [InlineData(2026, 4, 3, true)] // Goede Vrijdag is a working day
    [InlineData(2026, 4, 6, false)] // Tweede Paasdag
    [InlineData(2026, 4, 27, false)] // Koningsdag
    [InlineData(2026, 5, 14, false)] // Hemelvaartsdag
    [InlineData(2026, 5, 25, false)] // Tweede Pinksterdag
    [InlineData(2026, 12, 24, true)]
    public void IsWerkdag_Day_ReturnsExpected(int jaar, int maand, int dag, bool verwacht)
    {
        Assert.Equal(verwacht, Werkdagen.IsWerkdag(new DateOnly(jaar, maand, dag)));
    }

    [Fact]
    public void IsWerkdag_MunicipalDayOff_False()
    {
        var brugdag = new DateOnly(2026, 5, 15);

        Assert.True(Werkdagen.IsWerkdag(brugdag));
        Assert.False(Werkdagen.IsWerkdag(brugdag, [brugdag]));
    }

    [Theory]
    [InlineData(2, 2, 0)] // same day
    [InlineData(2, 3, 1)] // Monday → Tuesday
    [InlineData(6, 9, 1)] // Friday → Monday over the weekend
    [InlineData(2, 9, 5)] // a full week
    public void Tussen_MarchDays_CountsWorkingDaysAfterStart(int vanDag, int totDag, int verwacht)
    {
        Assert.Equal(verwacht, Werkdagen.Tussen(new DateOnly(2026, 3, vanDag), new DateOnly(2026, 3, totDag)));
    }

    [Fact]
    public void Tussen_OverEaster_SkipsTweedePaasdag()
    {
        // Thursday 2 April to Wednesday 8 April 2026: Fri 3, Tue 7, Wed 8.
        Assert.Equal(3, Werkdagen.Tussen(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 8)));
    }
}
