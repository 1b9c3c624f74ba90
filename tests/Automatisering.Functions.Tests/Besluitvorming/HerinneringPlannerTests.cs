using Automatisering.Domain.Besluitvorming;
using static Automatisering.Functions.Tests.Besluitvorming.TestOrganisatie;

namespace Automatisering.Functions.Tests.Besluitvorming;

/// <summary>Testdorp: reminder after 3 working days, escalation after 5, Friday 13 March 2026 is a local day off.</summary>
public sealed class HerinneringPlannerTests
{
    private readonly OrganisatieConfig org = Load();

    private static DateTimeOffset Op(int maand, int dag, int uur = 9) => new(2026, maand, dag, uur, 0, 0, TimeSpan.FromHours(maand is > 3 and < 11 ? 2 : 1));

    [Fact]
    public void Bereken_BeforeLimit_NoReminders()
    {
        var dossier = IngediendDossier(org);

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(3, 4, 17)));
    }

    [Fact]
    public void Bereken_ThreeWorkingDaysWaited_RemindsAssignee()
    {
        var dossier = IngediendDossier(org);

        var herinnering = Assert.Single(HerinneringPlanner.Bereken(dossier, org, Op(3, 5)));

        Assert.Equal(HerinneringSoort.Herinnering, herinnering.Soort);
        Assert.Equal([Afdelingsmanager], herinnering.Ontvangers.Select(o => o.PersoonId));
        Assert.Equal((1, 1, 3, Maandag), (herinnering.StapNummer, herinnering.Versie, herinnering.WerkdagenGewacht, herinnering.WachtendSinds));
        Assert.Equal("dossier-1/stap-1/v1/herinnering", herinnering.Sleutel);
    }

    [Fact]
    public void Bereken_OverWeekend_WeekendDaysNotCounted()
    {
        var dossier = Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "sociaal domein", Velden(), Hash("v1"), false, Op(3, 5));
        dossier.Submit(org, Auteur, Op(3, 5));

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(3, 9)));
        Assert.Single(HerinneringPlanner.Bereken(dossier, org, Op(3, 10)));
    }

    [Fact]
    public void Bereken_OverMunicipalDayOff_DayOffNotCounted()
    {
        var dossier = Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "sociaal domein", Velden(), Hash("v1"), false, Op(3, 11));
        dossier.Submit(org, Auteur, Op(3, 11));

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(3, 16, 17)));
        Assert.Single(HerinneringPlanner.Bereken(dossier, org, Op(3, 17)));
    }

    [Fact]
    public void Bereken_OverEaster_TweedePaasdagNotCounted()
    {
        var dossier = Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "sociaal domein", Velden(), Hash("v1"), false, Op(4, 2));
        dossier.Submit(org, Auteur, Op(4, 2));

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(4, 7, 17)));
        Assert.Single(HerinneringPlanner.Bereken(dossier, org, Op(4, 8)));
    }

    [Fact]
    public void Bereken_FiveWorkingDaysWaited_AlsoEscalatesToGemeentesecretaris()
    {
        var dossier = IngediendDossier(org);

        var herinneringen = HerinneringPlanner.Bereken(dossier, org, Op(3, 9));

        Assert.Equal([HerinneringSoort.Herinnering, HerinneringSoort.Escalatie], herinneringen.Select(h => h.Soort));
        var escalatie = herinneringen[1];
        Assert.Equal([Secretaris], escalatie.Ontvangers.Select(o => o.PersoonId));
        Assert.Equal([Afdelingsmanager], escalatie.WachtOp.Select(o => o.PersoonId));
        Assert.Equal("dossier-1/stap-1/v1/escalatie", escalatie.Sleutel);
        Assert.Single(HerinneringPlanner.Bereken(dossier, org, Op(3, 6)));
    }

    [Fact]
    public void Bereken_StepWithActiveSubstitute_RemindsSubstituteToo()
    {
        var dossier = IngediendDossier(org);
        foreach (var persoon in new[] { Afdelingsmanager, Concernstaf, Jurist })
        {
            dossier.GiveParaaf(org, persoon, Hash("v1"), Maandag);
        }

        var herinnering = HerinneringPlanner.Bereken(dossier, org, Op(3, 5)).Single();

        Assert.Equal(4, herinnering.StapNummer);
        Assert.Equal([Secretaris, Vervanger], herinnering.Ontvangers.Select(o => o.PersoonId).Order());
    }

    [Fact]
    public void Bereken_CalledTwice_SameOccurrenceKeys()
    {
        var dossier = IngediendDossier(org);

        var eerste = HerinneringPlanner.Bereken(dossier, org, Op(3, 9)).Select(h => h.Sleutel);
        var tweede = HerinneringPlanner.Bereken(dossier, org, Op(3, 9, 15)).Select(h => h.Sleutel);

        Assert.Equal(eerste, tweede);
    }

    [Fact]
    public void Bereken_AfterNewVersion_NewKeyAndClockRestarted()
    {
        var dossier = IngediendDossier(org);
        var oud = HerinneringPlanner.Bereken(dossier, org, Op(3, 5)).Single().Sleutel;

        dossier.Edit(org, Auteur, Velden(), Hash("v2"), Op(3, 5));

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(3, 5, 17)));
        var nieuw = HerinneringPlanner.Bereken(dossier, org, Op(3, 10)).Single().Sleutel;
        Assert.NotEqual(oud, nieuw);
        Assert.Equal("dossier-1/stap-1/v2/herinnering", nieuw);
    }

    [Fact]
    public void Bereken_AfterStepSigned_NextStepHasOwnClockAndKey()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Op(3, 4));

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(3, 6)));
        Assert.Equal("dossier-1/stap-2/v1/herinnering", HerinneringPlanner.Bereken(dossier, org, Op(3, 9)).Single().Sleutel);
    }

    [Fact]
    public void Bereken_ReturnedDossier_NoReminders()
    {
        var dossier = IngediendDossier(org);
        dossier.Return(org, Afdelingsmanager, "Nog niet rijp.", Maandag);

        Assert.Empty(HerinneringPlanner.Bereken(dossier, org, Op(3, 20)));
    }
}
