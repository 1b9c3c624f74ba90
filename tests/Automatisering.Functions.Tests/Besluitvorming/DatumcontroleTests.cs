using System.Text.Json;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class DatumcontroleTests
{
    private static readonly DateOnly Vandaag = new(2026, 12, 1);

    private static JsonElement Velden(string? college = null, string? commissie = null, string? raad = null, string gremium = "College") =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["traject"] = new[] { new Dictionary<string, string?> { ["gremium"] = gremium, ["datum"] = college, ["status"] = "ter besluitvorming" } },
            ["datumRaadscommissie"] = commissie,
            ["datumRaad"] = raad,
        });

    [Fact]
    public void Controleer_ComingCollegeCommitteeAndCouncil_NoErrors() =>
        Assert.Empty(Datumcontrole.Controleer(Velden("15-12-2026", "2027-01-12", "26-01-2027"), null, Vandaag));

    [Fact]
    public void Controleer_TodayAndEmpty_NoErrors() =>
        Assert.Empty(Datumcontrole.Controleer(Velden("01-12-2026", "", null), null, Vandaag));

    [Theory]
    [InlineData("03-03-2020", "3 maart 2020 ligt in het verleden")]
    [InlineData("2020-03-03", "3 maart 2020 ligt in het verleden")]
    [InlineData("30-11-2026", "gisteren (30 november 2026) is voorbij")]
    public void Controleer_PastCollegeDateOfNewItem_RefusedWithReason(string datum, string begin)
    {
        var fout = Assert.Single(Datumcontrole.Controleer(Velden(datum), null, Vandaag));
        Assert.Equal(("traject[0].datum", "datumVerleden"), (fout.Field, fout.Code));
        Assert.StartsWith(begin, fout.Reason, StringComparison.Ordinal);
        Assert.EndsWith("een nieuw agendapunt gaat naar een komende collegevergadering, vul die datum in", fout.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B&W")]
    [InlineData("college van burgemeester en wethouders")]
    [InlineData("Collegevergadering")]
    public void Controleer_CollegeNamedOtherwise_StillRecognised(string gremium) =>
        Assert.Single(Datumcontrole.Controleer(Velden("30-11-2026", gremium: gremium), null, Vandaag));

    [Fact]
    public void Controleer_PastStepOfAnotherBody_Accepted() =>
        Assert.Empty(Datumcontrole.Controleer(Velden("12-11-2026", gremium: "Raadsinformatieavond"), null, Vandaag));

    [Theory]
    [InlineData("15-12-2206", "ligt meer dan 5 jaar vooruit (15 december 2206); controleer het jaartal")]
    [InlineData("15-12-1926", "ligt meer dan 5 jaar terug (15 december 1926); controleer het jaartal")]
    public void Controleer_YearFarOff_TypoReported(string datum, string reden) =>
        Assert.Equal(reden, Assert.Single(Datumcontrole.Controleer(Velden(datum, gremium: "Raadsinformatieavond"), null, Vandaag)).Reason);

    [Fact]
    public void Controleer_PastCommitteeDate_RefusedAtItsField()
    {
        var fout = Assert.Single(Datumcontrole.Controleer(Velden("15-12-2026", commissie: "31-03-2026"), null, Vandaag));
        Assert.Equal("datumRaadscommissie", fout.Field);
        Assert.Equal("31 maart 2026 ligt in het verleden; vul de komende behandeling door de raadscommissie in of laat het veld leeg", fout.Reason);
    }

    [Fact]
    public void Controleer_CouncilBeforeCollege_Refused()
    {
        var fout = Assert.Single(Datumcontrole.Controleer(Velden("15-12-2026", raad: "10-12-2026"), null, Vandaag));
        Assert.Equal(new("datumRaad", "ligt vóór de collegevergadering (15 december 2026) in het bestuurlijk traject; de raad behandelt een voorstel na het college", "datumVolgorde"), fout);
    }

    [Fact]
    public void Controleer_CouncilBeforeCommittee_Refused()
    {
        var fout = Assert.Single(Datumcontrole.Controleer(Velden("15-12-2026", "19-01-2027", "12-01-2027"), null, Vandaag));
        Assert.Equal(("datumRaad", "datumVolgorde"), (fout.Field, fout.Code));
        Assert.StartsWith("ligt vóór de raadscommissie (19 januari 2027)", fout.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_SeveralWrongDates_AllReported()
    {
        var fouten = Datumcontrole.Controleer(Velden("03-03-2020", "31-03-2026", "01-01-2099"), null, Vandaag);
        Assert.Equal(["traject[0].datum", "datumRaadscommissie", "datumRaad"], fouten.Select(f => f.Field));
    }

    [Fact]
    public void Controleer_EditKeepsPassedDates_Accepted()
    {
        // A held-over item is edited after its first meeting: the dates it had are history, not a new choice.
        var eerder = Velden("03-03-2026", "31-03-2026");
        Assert.Empty(Datumcontrole.Controleer(Velden("03-03-2026", "31-03-2026"), eerder, Vandaag));
    }

    [Fact]
    public void Controleer_EditChangesToAnotherPassedDate_Refused()
    {
        var eerder = Velden("03-03-2026");
        Assert.Equal("traject[0].datum", Assert.Single(Datumcontrole.Controleer(Velden("10-03-2026"), eerder, Vandaag)).Field);
    }

    [Fact]
    public void Controleer_UnreadableDate_LeftToTheSchema() =>
        Assert.Empty(Datumcontrole.Controleer(Velden("gisteren", "31/03/2026"), null, Vandaag));
}
