using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using static Automatisering.Functions.Tests.Samenwerking.SamenwerkingTestOrganisatie;

namespace Automatisering.Functions.Tests.Samenwerking;

public sealed class SamenwerkingsvoorstelTests
{
    private static readonly DateOnly Vandaag = new(2026, 3, 2);

    private static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Create_PenvoerderNotListed_TakesPartFirst()
    {
        var voorstel = Voorstel();

        Assert.Equal(Gemeenten, voorstel.Deelnemers.Select(d => d.Gemeente));
        Assert.Equal("meppel", voorstel.Penvoerder);
        Assert.Equal("SSWZM", voorstel.Samenwerkingsverband);
        Assert.Equal("Staphorst", voorstel.GetDeelnemer("staphorst").Naam);
    }

    [Fact]
    public void Create_GemeenteOutsideSamenwerkingsverband_ArgumentExceptionNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Samenwerkingsvoorstel.Create(Org, "v", Med(Penvoerder), "Titel", "SSWZM", Penvoerder, ["staphorst", "emmen"], Handvest(), Maandag));

        Assert.Equal("deelnemers", ex.ParamName);
        Assert.Contains("emmen", ex.Message);
    }

    [Fact]
    public void Create_GemeenteListedTwice_ArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Samenwerkingsvoorstel.Create(Org, "v", Med(Penvoerder), "Titel", "SSWZM", Penvoerder, ["staphorst", "Staphorst"], Handvest(), Maandag));

        Assert.Equal("deelnemers", ex.ParamName);
    }

    [Fact]
    public void Create_OnlyPenvoerder_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() =>
            Samenwerkingsvoorstel.Create(Org, "v", Med(Penvoerder), "Titel", "SSWZM", Penvoerder, [Penvoerder], Handvest(), Maandag));
    }

    [Fact]
    public void Create_ByStaffOfParticipant_Forbidden()
    {
        Assert.Throws<DossierForbiddenException>(() =>
            Samenwerkingsvoorstel.Create(Org, "v", Med("staphorst"), "Titel", "SSWZM", Penvoerder, ["staphorst"], Handvest(), Maandag));
    }

    [Fact]
    public void StelDeelnemerIn_OwnStaffWithPortefeuillehouder_SetsData()
    {
        var voorstel = Voorstel();

        var gebeurtenis = voorstel.StelDeelnemerIn(Org, Med("staphorst"), "staphorst", Collegedag, Weth("staphorst"), "sociaal domein", "Programma 2 Sociaal domein", Maandag);

        var d = voorstel.GetDeelnemer("staphorst");
        Assert.Equal(Collegedag, d.Collegedatum);
        Assert.Equal(Weth("staphorst"), d.PortefeuillehouderId);
        Assert.Equal("Programma 2 Sociaal domein", d.Programma);
        Assert.Equal(Med("staphorst"), gebeurtenis.Actor);
        Assert.Equal("samenwerkingsvoorstel/handvest-2026", gebeurtenis.Object);
    }

    [Fact]
    public void StelDeelnemerIn_PortefeuillehouderOfOtherMunicipality_ArgumentExceptionNamingField()
    {
        var voorstel = Voorstel();

        var ex = Assert.Throws<ArgumentException>(() =>
            voorstel.StelDeelnemerIn(Org, Med("staphorst"), "staphorst", Collegedag, Weth("westerveld"), "sociaal domein", null, Maandag));
        Assert.Equal("portefeuillehouderId", ex.ParamName);
    }

    [Fact]
    public void StelDeelnemerIn_StaffOfOtherParticipant_Forbidden()
    {
        var voorstel = Voorstel();

        Assert.Throws<DossierForbiddenException>(() =>
            voorstel.StelDeelnemerIn(Org, Med("westerveld"), "staphorst", Collegedag, null, null, null, Maandag));
        voorstel.StelDeelnemerIn(Org, Med(Penvoerder), "staphorst", Collegedag, null, null, null, Maandag);
    }

    [Fact]
    public void KoppelDossier_SameDossierAgain_NoOp()
    {
        var voorstel = Voorstel();

        Assert.NotNull(voorstel.KoppelDossier("staphorst", "dossier-sta", Med("staphorst"), Maandag));
        Assert.Null(voorstel.KoppelDossier("staphorst", "dossier-sta", Med("staphorst"), Maandag.AddHours(1)));
        Assert.Equal("dossier-sta", voorstel.GetDeelnemer("staphorst").DossierId);
    }

    [Fact]
    public void KoppelDossier_OtherDossierForSameGemeente_Conflict()
    {
        var voorstel = Voorstel();
        voorstel.KoppelDossier("staphorst", "dossier-sta", Med("staphorst"), Maandag);

        Assert.Throws<DossierStateException>(() => voorstel.KoppelDossier("staphorst", "dossier-2", Med("staphorst"), Maandag));
    }

    [Fact]
    public void KoppelDossier_GemeenteNotParticipating_ArgumentExceptionNamingField()
    {
        var ex = Assert.Throws<ArgumentException>(() => Voorstel().KoppelDossier("emmen", "d", Med("emmen"), Maandag));
        Assert.Equal("gemeente", ex.ParamName);
    }

    [Fact]
    public void PlanMijlpaal_ByParticipantStaff_Forbidden()
    {
        Assert.Throws<DossierForbiddenException>(() =>
            Voorstel().PlanMijlpaal(Org, Med("staphorst"), "Werkconferentie", MijlpaalSoort.Conferentie, Vandaag, null, Maandag));
    }

    [Fact]
    public void MarkeerGebeurd_JointStepByParticipantStaff_Forbidden()
    {
        var voorstel = Voorstel();
        var m = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Werkconferentie", MijlpaalSoort.Conferentie, Vandaag, null, Maandag);

        Assert.Throws<DossierForbiddenException>(() => voorstel.MarkeerGebeurd(Org, Med("staphorst"), m.Id, Vandaag, Maandag));
    }

    [Fact]
    public void MarkeerGebeurd_OwnStepTwice_ConflictSecondTime()
    {
        var voorstel = Voorstel();
        var m = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Voorlopig besluit college", MijlpaalSoort.VoorlopigCollegebesluit, Vandaag, "staphorst", Maandag);

        var gebeurtenis = voorstel.MarkeerGebeurd(Org, Med("staphorst"), m.Id, Vandaag, Maandag);

        Assert.Equal(Med("staphorst"), gebeurtenis.Actor);
        Assert.Throws<DossierStateException>(() => voorstel.MarkeerGebeurd(Org, Med(Penvoerder), m.Id, Vandaag, Maandag));
        Assert.Throws<DossierForbiddenException>(() =>
            voorstel.MarkeerGebeurd(Org, Med("westerveld"), voorstel.PlanMijlpaal(Org, Med(Penvoerder), "x", MijlpaalSoort.Overig, Vandaag, "staphorst", Maandag).Id, Vandaag, Maandag));
    }

    [Fact]
    public void MarkeerGebeurd_DateInFuture_ArgumentExceptionNamingField()
    {
        var voorstel = Voorstel();
        var m = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Besluit raad", MijlpaalSoort.Raadsbesluit, Vandaag.AddDays(30), null, Maandag);

        var ex = Assert.Throws<ArgumentException>(() => voorstel.MarkeerGebeurd(Org, Med(Penvoerder), m.Id, Vandaag.AddDays(1), Maandag));
        Assert.Equal("datum", ex.ParamName);
    }

    [Fact]
    public void Tracker_PlannedProcessAndDossiers_ShowsMilestonesAndPerMunicipalityStatus()
    {
        var voorstel = Voorstel();
        voorstel.StelDeelnemerIn(Org, Med(Penvoerder), Penvoerder, Collegedag, Weth(Penvoerder), "sociaal domein", "Sociaal domein", Maandag);
        var conferentie = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Werkconferentie colleges", MijlpaalSoort.Conferentie, Vandaag.AddDays(-7), null, Maandag);
        var raad = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Besluitvorming raden", MijlpaalSoort.Raadsbesluit, Vandaag.AddDays(40), null, Maandag);
        var collegeMeppel = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Besluit college Meppel", MijlpaalSoort.Collegebesluit, Collegedag, Penvoerder, Maandag);
        var voorlopigSta = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Voorlopig besluit college Staphorst", MijlpaalSoort.VoorlopigCollegebesluit, Vandaag.AddDays(-1), "staphorst", Maandag);
        voorstel.MarkeerGebeurd(Org, Med(Penvoerder), conferentie.Id, Vandaag.AddDays(-7), Maandag);

        // Meppel's own dossier, in its paraaf route at the portefeuillehouder.
        var velden = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [Dossier.ConceptbesluitVeld] = "Het college besluit het handvest vast te stellen." });
        var dossier = Dossier.Create(Org, "dossier-mep", Penvoerder, Med(Penvoerder), "Handvest", "sociaal domein", velden, Hash("v1"), false, Maandag);
        dossier.Submit(Org, Med(Penvoerder), Maandag);
        voorstel.KoppelDossier(Penvoerder, dossier.Id, Med(Penvoerder), Maandag);
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var westerveld = new DossierStand("westerveld", "dossier-wes", DossierStatus.Besloten, null, [], BesluitUitkomst.Conform, Collegedag, Collegedag);

        var overzicht = voorstel.Tracker([DossierStand.Van(dossier, Org, Maandag), westerveld], Vandaag);

        Assert.Equal([conferentie.Id, voorlopigSta.Id, collegeMeppel.Id, raad.Id], overzicht.Mijlpalen.Select(m => m.Id));
        var conf = overzicht.Mijlpalen[0];
        Assert.True(conf.Gebeurd);
        Assert.False(conf.TeLaat);
        Assert.True(overzicht.Mijlpalen[1].TeLaat);
        Assert.False(overzicht.Mijlpalen[3].Gebeurd);
        Assert.False(overzicht.Mijlpalen[3].TeLaat);

        var meppel = overzicht.Deelnemers.Single(d => d.Gemeente == Penvoerder);
        Assert.True(meppel.IsPenvoerder);
        Assert.Equal(DossierStatus.InRoute, meppel.Status);
        Assert.Equal("Portefeuillehouder", meppel.Stap);
        Assert.Equal(["Wout Meppel"], meppel.WachtOp);
        Assert.Null(meppel.Uitkomst);
        Assert.Equal(Collegedag, meppel.Collegedatum);
        Assert.True(meppel.CollegedatumIsGepland);
        Assert.Equal([conferentie.Id, collegeMeppel.Id, raad.Id], meppel.Mijlpalen.Select(m => m.Id));

        var wes = overzicht.Deelnemers.Single(d => d.Gemeente == "westerveld");
        Assert.Equal(BesluitUitkomst.Conform, wes.Uitkomst);
        Assert.Equal(DossierStatus.Besloten, wes.Status);

        var sta = overzicht.Deelnemers.Single(d => d.Gemeente == "staphorst");
        Assert.Null(sta.DossierId);
        Assert.Null(sta.Status);
        Assert.Equal([conferentie.Id, voorlopigSta.Id, raad.Id], sta.Mijlpalen.Select(m => m.Id));
    }

    [Theory]
    [InlineData(true, BesluitUitkomst.Conform, true)]
    [InlineData(false, BesluitUitkomst.Conform, false)]
    [InlineData(true, null, false)]
    public void Tracker_DecisionOfAPublicItem_MarkedPublic(bool openbaar, BesluitUitkomst? uitkomst, bool verwacht)
    {
        var voorstel = Voorstel();
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var stand = new DossierStand("westerveld", "dossier-wes", uitkomst is null ? DossierStatus.Geagendeerd : DossierStatus.Besloten, null, [], uitkomst, Collegedag, uitkomst is null ? null : Collegedag)
        {
            IsOpenbaar = openbaar,
        };

        Assert.Equal(verwacht, voorstel.Tracker([stand], Collegedag).Deelnemers.Single(d => d.Gemeente == "westerveld").BesluitOpenbaar);
    }

    [Fact]
    public void Tracker_DossierDecidedAtMeeting_CollegeMilestoneDoneOnMeetingDateByDecision()
    {
        var voorstel = Voorstel();
        voorstel.StelDeelnemerIn(Org, Med("westerveld"), "westerveld", Collegedag, null, null, null, Maandag);
        var college = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Collegebesluit Westerveld", MijlpaalSoort.Collegebesluit, Collegedag, "westerveld", Maandag);
        var voorlopig = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Voorlopig besluit Westerveld", MijlpaalSoort.VoorlopigCollegebesluit, Collegedag, "westerveld", Maandag);
        var raad = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Raadsbesluit Westerveld", MijlpaalSoort.Raadsbesluit, Collegedag, "westerveld", Maandag);
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var vergadering = Collegedag.AddDays(7);
        var stand = new DossierStand("westerveld", "dossier-wes", DossierStatus.Besloten, null, [], BesluitUitkomst.Gewijzigd, vergadering, vergadering);

        var overzicht = voorstel.Tracker([stand], vergadering.AddDays(1));

        var m = overzicht.Mijlpalen.Single(x => x.Id == college.Id);
        Assert.True(m.Gebeurd);
        Assert.Equal(vergadering, m.GebeurdOp);
        Assert.False(m.TeLaat);
        Assert.Equal([new MijlpaalBesluit("westerveld", BesluitUitkomst.Gewijzigd, vergadering)], m.DoorBesluiten);
        Assert.True(overzicht.Mijlpalen.Single(x => x.Id == voorlopig.Id).DoorBesluit);
        var raadsbesluit = overzicht.Mijlpalen.Single(x => x.Id == raad.Id);
        Assert.False(raadsbesluit.Gebeurd);
        Assert.True(raadsbesluit.TeLaat);
        var wes = overzicht.Deelnemers.Single(d => d.Gemeente == "westerveld");
        Assert.Equal(vergadering, wes.Collegedatum);
        Assert.False(wes.CollegedatumIsGepland);
        Assert.Equal(Collegedag, wes.GeplandeCollegedatum);
        Assert.Equal(vergadering, wes.Besluitdatum);
        Assert.Equal(BesluitUitkomst.Gewijzigd, wes.Uitkomst);
    }

    [Fact]
    public void Tracker_NoMeetingYetNoOwnDate_CollegedatumPlannedFromCollegeMilestone()
    {
        var voorstel = Voorstel();
        voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Voorlopig besluit Staphorst", MijlpaalSoort.VoorlopigCollegebesluit, Collegedag.AddDays(-7), "staphorst", Maandag);
        voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Collegebesluit Staphorst", MijlpaalSoort.Collegebesluit, Collegedag, "staphorst", Maandag);
        voorstel.KoppelDossier("staphorst", "dossier-sta", Med("staphorst"), Maandag);
        var stand = new DossierStand("staphorst", "dossier-sta", DossierStatus.InRoute, "Teamleider", ["Teamleider Staphorst"], null, null, null);

        var overzicht = voorstel.Tracker([stand], Vandaag);

        var sta = overzicht.Deelnemers.Single(d => d.Gemeente == "staphorst");
        Assert.Equal(Collegedag, sta.Collegedatum);
        Assert.True(sta.CollegedatumIsGepland);
        Assert.Null(sta.Besluitdatum);
        var wes = overzicht.Deelnemers.Single(d => d.Gemeente == "westerveld");
        Assert.Null(wes.Collegedatum);
        Assert.False(wes.CollegedatumIsGepland);
    }

    [Fact]
    public void Tracker_DecisionAangehouden_CollegeMilestoneNotDone()
    {
        var voorstel = Voorstel();
        var college = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Collegebesluit Westerveld", MijlpaalSoort.Collegebesluit, Collegedag, "westerveld", Maandag);
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var later = Collegedag.AddDays(14);
        var stand = new DossierStand("westerveld", "dossier-wes", DossierStatus.Aangehouden, null, [], BesluitUitkomst.Aangehouden, later, Collegedag);

        var overzicht = voorstel.Tracker([stand], Collegedag.AddDays(1));

        var m = overzicht.Mijlpalen.Single(x => x.Id == college.Id);
        Assert.False(m.Gebeurd);
        Assert.Null(m.GebeurdOp);
        Assert.Empty(m.DoorBesluiten);
        Assert.True(m.TeLaat);
        var wes = overzicht.Deelnemers.Single(d => d.Gemeente == "westerveld");
        Assert.Equal(later, wes.Collegedatum);
        Assert.Equal(Collegedag, wes.Besluitdatum);
    }

    [Fact]
    public void Tracker_JointCollegeMilestone_DoneOnlyWhenAllDecidedOnLastMeeting()
    {
        var voorstel = Voorstel();
        var gezamenlijk = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Collegebesluiten alle gemeenten", MijlpaalSoort.Collegebesluit, Collegedag, null, Maandag);
        var standen = Gemeenten.Select((g, i) =>
        {
            voorstel.KoppelDossier(g, $"dossier-{g}", Med(g), Maandag);
            var datum = Collegedag.AddDays(i);
            return new DossierStand(g, $"dossier-{g}", DossierStatus.Besloten, null, [], i == 1 ? BesluitUitkomst.NietAkkoord : BesluitUitkomst.Conform, datum, datum);
        }).ToList();
        var vandaag = Collegedag.AddDays(10);

        var eenOpen = voorstel.Tracker([.. standen.Take(4), standen[4] with { Status = DossierStatus.Geagendeerd, Uitkomst = null, Besluitdatum = null }], vandaag);
        var eenAangehouden = voorstel.Tracker([.. standen.Take(4), standen[4] with { Status = DossierStatus.Aangehouden, Uitkomst = BesluitUitkomst.Aangehouden }], vandaag);
        var eenZonderDossier = voorstel.Tracker(standen.Take(4), vandaag);
        var alle = voorstel.Tracker(standen, vandaag);

        Assert.False(eenOpen.Mijlpalen.Single().Gebeurd);
        Assert.False(eenAangehouden.Mijlpalen.Single().Gebeurd);
        Assert.False(eenZonderDossier.Mijlpalen.Single().Gebeurd);
        var m = alle.Mijlpalen.Single(x => x.Id == gezamenlijk.Id);
        Assert.True(m.Gebeurd);
        Assert.Equal(Collegedag.AddDays(4), m.GebeurdOp);
        Assert.Equal(Gemeenten, m.DoorBesluiten.Select(b => b.Gemeente));
        Assert.Equal(BesluitUitkomst.NietAkkoord, m.DoorBesluiten[1].Uitkomst);
    }

    [Fact]
    public void Tracker_MilestoneMarkedByHand_KeptAsMarkedDespiteDecision()
    {
        var voorstel = Voorstel();
        var college = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Collegebesluit Westerveld", MijlpaalSoort.Collegebesluit, Vandaag.AddDays(-5), "westerveld", Maandag);
        voorstel.MarkeerGebeurd(Org, Med("westerveld"), college.Id, Vandaag.AddDays(-5), Maandag);
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var stand = new DossierStand("westerveld", "dossier-wes", DossierStatus.Besloten, null, [], BesluitUitkomst.Conform, Collegedag, Collegedag);

        var m = voorstel.Tracker([stand], Collegedag.AddDays(1)).Mijlpalen.Single();

        Assert.True(m.Gebeurd);
        Assert.Equal(Vandaag.AddDays(-5), m.GebeurdOp);
        Assert.False(m.DoorBesluit);
    }

    [Fact]
    public void MarkeerGebeurd_MilestoneDoneByDecision_ConflictAndUnchanged()
    {
        var voorstel = Voorstel();
        var college = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Collegebesluit Westerveld", MijlpaalSoort.Collegebesluit, Vandaag, "westerveld", Maandag);
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var besloten = new DossierStand("westerveld", "dossier-wes", DossierStatus.Besloten, null, [], BesluitUitkomst.Conform, Vandaag.AddDays(-1), Vandaag.AddDays(-1));
        var geagendeerd = besloten with { Status = DossierStatus.Geagendeerd, Uitkomst = null, Besluitdatum = null };

        Assert.Throws<DossierStateException>(() => voorstel.MarkeerGebeurd(Org, Med("westerveld"), college.Id, Vandaag, [besloten], Maandag));
        Assert.Null(voorstel.Mijlpalen.Single().GebeurdOp);
        voorstel.MarkeerGebeurd(Org, Med("westerveld"), college.Id, Vandaag.AddDays(-1), [geagendeerd], Maandag);
        Assert.Equal(Vandaag.AddDays(-1), voorstel.Mijlpalen.Single().GebeurdOp);
    }

    [Fact]
    public void Tracker_StandOfUnlinkedDossier_ArgumentException()
    {
        var voorstel = Voorstel();
        voorstel.KoppelDossier("westerveld", "dossier-wes", Med("westerveld"), Maandag);
        var verkeerd = new DossierStand("westerveld", "dossier-anders", DossierStatus.Besloten, null, [], BesluitUitkomst.Conform, Collegedag, Collegedag);

        var ex = Assert.Throws<ArgumentException>(() => voorstel.Tracker([verkeerd], Vandaag));
        Assert.Equal("standen", ex.ParamName);
    }

    [Fact]
    public void JsonRoundTrip_WithParticipantsAndMilestones_Identical()
    {
        var voorstel = Voorstel();
        voorstel.StelDeelnemerIn(Org, Med("staphorst"), "staphorst", Collegedag, Weth("staphorst"), "sociaal domein", "Sociaal domein", Maandag);
        voorstel.KoppelDossier("staphorst", "dossier-sta", Med("staphorst"), Maandag);
        var m = voorstel.PlanMijlpaal(Org, Med(Penvoerder), "Werkconferentie", MijlpaalSoort.Conferentie, Vandaag, null, Maandag);
        voorstel.MarkeerGebeurd(Org, Med(Penvoerder), m.Id, Vandaag, Maandag);

        var json = ToJson(voorstel);
        var kopie = FromJson<Samenwerkingsvoorstel>(json);

        Assert.Equal(json, ToJson(kopie));
        Assert.Equal(ToJson(voorstel.Tracker([], Vandaag)), ToJson(kopie.Tracker([], Vandaag)));
        Assert.Equal("Samen verbonden door burgers en vertrouwen", kopie.GedeeldeVelden.GetProperty("titel").GetString());
        Assert.Contains("\"conferentie\"", json);
    }
}
