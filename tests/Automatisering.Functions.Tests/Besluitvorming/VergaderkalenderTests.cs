using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using static Automatisering.Functions.Tests.Besluitvorming.TestOrganisatie;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class VergaderkalenderTests
{
    /// <summary>Tuesday 10:00, agenda closing Wednesday 12:00 six days before; an extra meeting on Sunday 22 March 2026, none on 24 March.</summary>
    private static Gemeente Testdorp(bool metZondag = false) => OrganisatieConfig.Load(With(root => root["gemeenten"]![0]!["vergaderrooster"] = new JsonObject
    {
        ["dag"] = "dinsdag",
        ["tijd"] = "10:00",
        ["plaats"] = "Raadhuis Testdorp",
        ["sluitingDagenVooraf"] = 6,
        ["sluitingTijd"] = "12:00",
        ["extra"] = metZondag ? new JsonArray(new JsonObject { ["datum"] = "2026-03-22", ["tijd"] = "14:00" }) : new JsonArray(),
        ["vervallen"] = new JsonArray("2026-03-24"),
    })).GetGemeente("testdorp");

    private static DateTimeOffset Nl(int maand, int dag, int uur, int minuut = 0) => new(2026, maand, dag, uur, minuut, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Vergadering_RegularDay_HasTimePlaceAndDeadline()
    {
        var vergadering = new Vergaderkalender(Testdorp()).Vergadering(new DateOnly(2026, 3, 17));

        Assert.NotNull(vergadering);
        Assert.Equal(("10:00", "Raadhuis Testdorp", false), (vergadering.Tijd, vergadering.Plaats, vergadering.IsExtra));
        Assert.Equal(Nl(3, 11, 12), vergadering.Agendasluiting);
    }

    [Fact]
    public void VereisKiesbaar_Sunday_RefusedWithTheNextMeetings()
    {
        var kalender = new Vergaderkalender(Testdorp());

        var fout = Assert.Throws<ArgumentException>(() => kalender.VereisKiesbaar(new DateOnly(2026, 3, 15), Nl(3, 2, 9)));

        Assert.Equal("vergaderdatum", fout.ParamName);
        Assert.Contains("vergadert niet op zondag 15 maart 2026", fout.Message);
        Assert.Contains("dinsdag 10 maart 2026", fout.Message);
    }

    [Fact]
    public void VereisKiesbaar_SundayConfiguredAsExtraMeeting_Accepted()
    {
        var kalender = new Vergaderkalender(Testdorp(metZondag: true));

        kalender.VereisKiesbaar(new DateOnly(2026, 3, 22), Nl(3, 2, 9));

        Assert.Equal(("14:00", true), (kalender.Vergadering(new DateOnly(2026, 3, 22))!.Tijd, kalender.Vergadering(new DateOnly(2026, 3, 22))!.IsExtra));
    }

    [Fact]
    public void VereisKiesbaar_SignedAfterWednesdayNoon_GoesToTheNextMeeting()
    {
        var kalender = new Vergaderkalender(Testdorp());

        kalender.VereisKiesbaar(new DateOnly(2026, 3, 17), Nl(3, 11, 11, 59));
        var fout = Assert.Throws<ArgumentException>(() => kalender.VereisKiesbaar(new DateOnly(2026, 3, 17), Nl(3, 11, 12, 1)));

        Assert.Contains("is gesloten sinds woensdag 11 maart 2026 12:00", fout.Message);
        Assert.Equal(new DateOnly(2026, 3, 31), kalender.Kiesbaar(Nl(3, 11, 12, 1))[0].Datum); // 24 March is cancelled
    }

    [Fact]
    public void Kiesbaar_CancelledMeeting_NotOffered()
    {
        var kalender = new Vergaderkalender(Testdorp());

        var datums = kalender.Kiesbaar(Nl(3, 2, 9), 4).Select(v => v.Datum).ToList();

        Assert.Equal([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 7)], datums);
        Assert.Null(kalender.Vergadering(new DateOnly(2026, 3, 24)));
    }

    [Fact]
    public void Vergadering_SecretariatChanges_AddedAndCancelledOnTopOfTheRooster()
    {
        var wijzigingen = new Kalenderwijzigingen
        {
            Extra = [new ExtraVergadering(new DateOnly(2026, 3, 19), "16:00", "Dorpshuis", "begroting", Bestuurssecretariaat)],
            Vervallen = [new VervallenVergadering(new DateOnly(2026, 3, 17), "reces", Bestuurssecretariaat)],
        };

        var kalender = new Vergaderkalender(Testdorp(), wijzigingen);

        Assert.Null(kalender.Vergadering(new DateOnly(2026, 3, 17)));
        Assert.Equal(("16:00", "Dorpshuis"), (kalender.Vergadering(new DateOnly(2026, 3, 19))!.Tijd, kalender.Vergadering(new DateOnly(2026, 3, 19))!.Plaats));
    }

    [Fact]
    public void Vergadering_NoRoosterConfigured_TuesdayWithDeadlineWednesdayNoon()
    {
        var kalender = new Vergaderkalender(Load().GetGemeente("testdorp"));

        Assert.NotNull(kalender.Vergadering(new DateOnly(2026, 3, 17)));
        Assert.Null(kalender.Vergadering(new DateOnly(2026, 3, 18)));
        Assert.Equal(Nl(3, 11, 12), kalender.Vergadering(new DateOnly(2026, 3, 17))!.Agendasluiting);
    }

    [Fact]
    public void Load_RoosterWithUnknownDayAndBadTimes_EveryErrorReported()
    {
        var json = With(root => root["gemeenten"]![0]!["vergaderrooster"] = new JsonObject { ["dag"] = "dinsdagmiddag", ["tijd"] = "9.30", ["sluitingDagenVooraf"] = 40 });

        var fout = Assert.Throws<OrganisatieConfigException>(() => OrganisatieConfig.Load(json));

        Assert.Contains(fout.Fouten, f => f.Pad == "$.gemeenten[0].vergaderrooster.dag");
        Assert.Contains(fout.Fouten, f => f.Pad == "$.gemeenten[0].vergaderrooster.tijd");
        Assert.Contains(fout.Fouten, f => f.Pad == "$.gemeenten[0].vergaderrooster.sluitingDagenVooraf");
    }
}
