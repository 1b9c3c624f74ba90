using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using static Automatisering.Functions.Tests.Besluitvorming.TestOrganisatie;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class DossierTests
{
    private readonly OrganisatieConfig org = Load();

    private static DateTimeOffset Later(int uren) => Maandag.AddHours(uren);

    /// <summary>Signs the afdelingsmanager and the parallel concernstaf + juridische zaken step.</summary>
    private void TotSecretaris(Dossier dossier)
    {
        dossier.GiveParaaf(org, Afdelingsmanager, dossier.HuidigeVersie.Hash, Later(1));
        dossier.GiveParaaf(org, Concernstaf, dossier.HuidigeVersie.Hash, Later(2));
        dossier.GiveParaaf(org, Jurist, dossier.HuidigeVersie.Hash, Later(3));
    }

    private static void AssertUnchanged(string before, Dossier dossier) => Assert.Equal(before, ToJson(dossier));

    [Fact]
    public void Create_ByMedewerker_IsConceptWithFirstVersion()
    {
        var dossier = NieuwDossier(org);

        Assert.Equal(DossierStatus.Concept, dossier.Status);
        Assert.Equal(1, dossier.HuidigeVersie.Nummer);
        Assert.Equal(Hash("v1"), dossier.HuidigeVersie.Hash);
        Assert.Equal("Samenleving", dossier.Afdeling);
        Assert.Empty(dossier.Stappen);
        Assert.Equal(Auteur, Assert.Single(dossier.WaitingOn(org, Maandag)).PersoonId);
    }

    [Fact]
    public void Create_ByNonMedewerker_Forbidden()
    {
        Assert.Throws<DossierForbiddenException>(() =>
            Dossier.Create(org, "d", "testdorp", Concernstaf, "Onderwerp", "sociaal domein", Velden(), Hash("v1"), false, Maandag));
    }

    [Fact]
    public void Create_MedewerkerOfOtherMunicipality_Forbidden()
    {
        Assert.Throws<DossierForbiddenException>(() =>
            Dossier.Create(org, "d", "testdorp", "and-auteur", "Onderwerp", "sociaal domein", Velden(), Hash("v1"), false, Maandag));
    }

    [Fact]
    public void Create_PortefeuilleNobodyHolds_ArgumentExceptionNamingField()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "ruimtevaart", Velden(), Hash("v1"), false, Maandag));
        Assert.Equal("portefeuille", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57")]
    public void Create_HashNotSha256Hex_ArgumentExceptionNamingField(string hash)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "sociaal domein", Velden(), hash, false, Maandag));
        Assert.Equal("versieHash", ex.ParamName);
    }

    [Fact]
    public void Create_UpperCaseHash_IsNormalisedToLowerCase()
    {
        var dossier = Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "sociaal domein", Velden(), Hash("v1").ToUpperInvariant(), false, Maandag);

        Assert.Equal(Hash("v1"), dossier.HuidigeVersie.Hash);
    }

    [Fact]
    public void Submit_FromConcept_StartsRouteAtAfdelingsmanager()
    {
        var dossier = IngediendDossier(org);

        Assert.Equal(DossierStatus.InRoute, dossier.Status);
        Assert.Equal(0, dossier.HuidigeStap);
        Assert.Equal(5, dossier.Stappen.Count);
        Assert.True(dossier.Stappen[2].Overgeslagen);
        Assert.Equal(Maandag, dossier.Stappen[0].ActiefSinds);
        Assert.Equal([Afdelingsmanager], dossier.WaitingOn(org, Maandag).Select(w => w.PersoonId));
    }

    [Fact]
    public void Submit_ByOtherThanAuthor_ForbiddenAndUnchanged()
    {
        var dossier = NieuwDossier(org);
        var before = ToJson(dossier);

        Assert.Throws<DossierForbiddenException>(() => dossier.Submit(org, "tst-auteur-b", Maandag));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void Submit_WithoutConceptbesluit_StateException()
    {
        var velden = JsonSerializer.SerializeToElement(new { onderwerp = "Zonder besluit" });
        var dossier = Dossier.Create(org, "d", "testdorp", Auteur, "Onderwerp", "sociaal domein", velden, Hash("v1"), false, Maandag);

        var ex = Assert.Throws<DossierStateException>(() => dossier.Submit(org, Auteur, Maandag));
        Assert.Contains(Dossier.ConceptbesluitVeld, ex.Message);
        Assert.Equal(DossierStatus.Concept, dossier.Status);
    }

    [Fact]
    public void Submit_WhenAlreadyInRoute_StateException()
    {
        var dossier = IngediendDossier(org);

        Assert.Throws<DossierStateException>(() => dossier.Submit(org, Auteur, Later(1)));
    }

    [Fact]
    public void GiveParaaf_ByAssignedAfdelingsmanager_AdvancesToParallelStep()
    {
        var dossier = IngediendDossier(org);

        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));

        var paraaf = Assert.Single(dossier.Stappen[0].Parafen);
        Assert.Equal((Rol.Afdelingsmanager, Afdelingsmanager, 1, Hash("v1"), Later(1)), (paraaf.Rol, paraaf.PersoonId, paraaf.Versie, paraaf.VersieHash, paraaf.GegevenOp));
        Assert.Equal(1, dossier.HuidigeStap);
        Assert.Equal(Later(1), dossier.Stappen[1].ActiefSinds);
        Assert.Equal([Concernstaf, Jurist], dossier.WaitingOn(org, Later(1)).Select(w => w.PersoonId).Order());
    }

    [Fact]
    public void GiveParaaf_AfdelingsmanagerOfOtherAfdeling_Forbidden()
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, AfdelingsmanagerAnders, Hash("v1"), Later(1)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void GiveParaaf_ParallelStep_WaitsUntilEveryRoleSigned()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));

        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));

        Assert.Equal(1, dossier.HuidigeStap);
        Assert.Equal([Jurist], dossier.WaitingOn(org, Later(2)).Select(w => w.PersoonId));

        dossier.GiveParaaf(org, Jurist, Hash("v1"), Later(3));

        Assert.Equal(3, dossier.HuidigeStap);
        Assert.Equal([Rol.Concernstaf, Rol.JuridischeZaken], dossier.Stappen[1].Parafen.Select(p => p.Rol));
    }

    [Fact]
    public void GiveParaaf_SamePersonTwiceInParallelStep_StateException()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));
        var before = ToJson(dossier);

        Assert.Throws<DossierStateException>(() => dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(3)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void IsHerhaaldeParaaf_SignedAndNothingOpenForHim_True()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));

        Assert.True(dossier.IsHerhaaldeParaaf(org, Afdelingsmanager, Hash("v1"), Later(2)));
    }

    [Fact]
    public void IsHerhaaldeParaaf_NotYetSignedOrOtherVersion_False()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));

        Assert.False(dossier.IsHerhaaldeParaaf(org, Concernstaf, Hash("v1"), Later(2)));
        Assert.False(dossier.IsHerhaaldeParaaf(org, Afdelingsmanager, Hash("v2"), Later(2)));
    }

    [Fact]
    public void GiveParaaf_NoFinancieleGevolgen_SkipsFinancienStep()
    {
        var dossier = IngediendDossier(org, financieleGevolgen: false);
        TotSecretaris(dossier);

        Assert.Equal(3, dossier.HuidigeStap);
        Assert.Equal(StapToestand.Overgeslagen, dossier.RouteProgress(org, Later(3))[2].Toestand);
        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Financien, Hash("v1"), Later(4)));
    }

    [Fact]
    public void GiveParaaf_WithFinancieleGevolgen_RequiresFinancienBeforeSecretaris()
    {
        var dossier = IngediendDossier(org, financieleGevolgen: true);
        TotSecretaris(dossier);

        Assert.Equal(2, dossier.HuidigeStap);
        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4)));

        dossier.GiveParaaf(org, Financien, Hash("v1"), Later(4));

        Assert.Equal(3, dossier.HuidigeStap);
    }

    [Fact]
    public void GiveParaaf_PersonNotOnCurrentStep_ForbiddenAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(1)));
        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Auteur, Hash("v1"), Later(1)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void GiveParaaf_PersonOfOtherMunicipalityWithSameRole_ForbiddenAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Buurman, Hash("v1"), Later(1)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void GiveParaaf_UnknownPerson_Forbidden()
    {
        var dossier = IngediendDossier(org);

        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, "niemand", Hash("v1"), Later(1)));
    }

    [Fact]
    public void GiveParaaf_ActiveSubstitute_SignsOnBehalfOfSecretaris()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        Assert.True(dossier.IsWaitingOn(org, Vervanger, Later(4)));

        dossier.GiveParaaf(org, Vervanger, Hash("v1"), Later(4));

        var paraaf = Assert.Single(dossier.Stappen[3].Parafen);
        Assert.Equal((Rol.Gemeentesecretaris, Vervanger, Secretaris), (paraaf.Rol, paraaf.PersoonId, paraaf.NamensPersoonId));
        Assert.Equal(4, dossier.HuidigeStap);
        var regel = dossier.Agendapunt(org).Parafen[^1];
        Assert.Equal(("Secretaris", "Victor Invaller", "Sietse Schrijver"), (regel.Label, regel.Naam, regel.NamensNaam));
    }

    [Fact]
    public void GiveParaaf_SubstituteAfterPeriodEnded_ForbiddenAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        var april = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2));
        var before = ToJson(dossier);

        Assert.False(dossier.IsWaitingOn(org, Vervanger, april));
        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Vervanger, Hash("v1"), april));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void GiveParaaf_SubstituteWhosePeriodEndedInJanuary_Forbidden()
    {
        var dossier = IngediendDossier(org);

        Assert.False(dossier.IsWaitingOn(org, OudeVervanger, Later(1)));
        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, OudeVervanger, Hash("v1"), Later(1)));
    }

    [Fact]
    public void GiveParaaf_SubstitutePeriodEndsAtDutchMidnight_NotAtUtcMidnight()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        // 1 April 00:30 in the Netherlands is still 31 March in UTC, but the substitution ended on 31 March.
        var kwartOverMiddernacht = new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero);

        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, Vervanger, Hash("v1"), kwartOverMiddernacht));
    }

    [Fact]
    public void GiveParaaf_StaleVersionHash_ConflictAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        var ex = Assert.Throws<DossierConflictException>(() => dossier.GiveParaaf(org, Afdelingsmanager, Hash("iets anders"), Later(1)));
        Assert.Equal(Hash("v1"), ex.CurrentHash);
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void GiveParaaf_InConcept_StateException()
    {
        var dossier = NieuwDossier(org);

        Assert.Throws<DossierStateException>(() => dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1)));
    }

    [Fact]
    public void GiveParaaf_MeetingDateOnEarlierStep_ArgumentException()
    {
        var dossier = IngediendDossier(org);

        var ex = Assert.Throws<ArgumentException>(() => dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1), Vergadering));
        Assert.Equal("vergaderdatum", ex.ParamName);
    }

    [Fact]
    public void GiveParaaf_PortefeuillehouderWithoutMeetingDate_ArgumentExceptionAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));
        var before = ToJson(dossier);

        var ex = Assert.Throws<ArgumentException>(() => dossier.GiveParaaf(org, WethouderSociaal, Hash("v1"), Later(5)));
        Assert.Equal("vergaderdatum", ex.ParamName);
        Assert.Throws<ArgumentException>(() => dossier.GiveParaaf(org, WethouderSociaal, Hash("v1"), Later(5), new DateOnly(2026, 2, 24)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void GiveParaaf_PortefeuillehouderOfOtherPortfolio_Forbidden()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));

        Assert.Throws<DossierForbiddenException>(() => dossier.GiveParaaf(org, WethouderFinancien, Hash("v1"), Later(5), Vergadering));
    }

    [Fact]
    public void GiveParaaf_Portefeuillehouder_PutsItemOnChosenMeeting()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));

        dossier.GiveParaaf(org, WethouderSociaal, Hash("v1"), Later(5), Vergadering);

        Assert.Equal(DossierStatus.Geagendeerd, dossier.Status);
        Assert.Equal(Vergadering, dossier.Vergaderdatum);
        Assert.Null(dossier.HuidigeStap);
        Assert.Empty(dossier.WaitingOn(org, Later(5)));
        Assert.All(dossier.RouteProgress(org, Later(5)), s => Assert.Contains(s.Toestand, new[] { StapToestand.Afgerond, StapToestand.Overgeslagen }));
        Assert.Throws<DossierStateException>(() => dossier.GiveParaaf(org, WethouderSociaal, Hash("v1"), Later(6), Vergadering));
    }

    [Fact]
    public void Return_ByCurrentAssignee_GoesBackToAuthorWithComment()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));

        dossier.Return(org, Jurist, "Graag de juridische grondslag toevoegen.", Later(2));

        Assert.Equal(DossierStatus.Teruggestuurd, dossier.Status);
        var opmerking = Assert.Single(dossier.Opmerkingen);
        Assert.Equal((Jurist, "Graag de juridische grondslag toevoegen.", 1, true), (opmerking.PersoonId, opmerking.Tekst, opmerking.Versie, opmerking.Teruggestuurd));
        Assert.Equal([Auteur], dossier.WaitingOn(org, Later(2)).Select(w => w.PersoonId));
        Assert.Throws<DossierStateException>(() => dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(3)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutComment_ArgumentExceptionAndUnchanged(string opmerking)
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        var ex = Assert.Throws<ArgumentException>(() => dossier.Return(org, Afdelingsmanager, opmerking, Later(1)));
        Assert.Equal("opmerking", ex.ParamName);
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void Return_ByPersonNotOnCurrentStep_ForbiddenAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        Assert.Throws<DossierForbiddenException>(() => dossier.Return(org, Secretaris, "Nee.", Later(1)));
        Assert.Throws<DossierForbiddenException>(() => dossier.Return(org, Buurman, "Nee.", Later(1)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void Return_InConcept_StateException()
    {
        var dossier = NieuwDossier(org);

        Assert.Throws<DossierStateException>(() => dossier.Return(org, Afdelingsmanager, "Nee.", Later(1)));
    }

    [Fact]
    public void Submit_AfterReturnWithoutEdit_ResumesAtReturningStepKeepingParafen()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));
        dossier.Return(org, Jurist, "Toelichting ontbreekt.", Later(3));

        dossier.Submit(org, Auteur, Later(4));

        Assert.Equal(DossierStatus.InRoute, dossier.Status);
        Assert.Equal(1, dossier.HuidigeStap);
        Assert.Equal(Later(4), dossier.Stappen[1].ActiefSinds);
        Assert.Single(dossier.Stappen[0].Parafen);
        Assert.Equal([Jurist], dossier.WaitingOn(org, Later(4)).Select(w => w.PersoonId));
    }

    [Fact]
    public void Edit_AfterReturnVanafEersteStap_VoidsAllParafenAndRestartsAtFirstStep()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));
        dossier.Return(org, Jurist, "Toelichting ontbreekt.", Later(3));

        dossier.Edit(org, Auteur, Velden("Het college besluit: 1. het handvest, met toelichting, vast te stellen."), Hash("v2"), Later(4));
        dossier.Submit(org, Auteur, Later(5));

        Assert.Equal(2, dossier.HuidigeVersie.Nummer);
        Assert.Equal(0, dossier.HuidigeStap);
        Assert.All(dossier.Stappen, s => Assert.Empty(s.Parafen));
        Assert.Equal(2, dossier.VervallenParafen.Count);
        Assert.All(dossier.VervallenParafen, v => Assert.Equal((1, 2), (v.Paraaf.Versie, v.DoorVersie)));
    }

    [Fact]
    public void Edit_InRouteVanafEersteStap_OldHashIsStaleAndRouteRestarts()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);

        dossier.Edit(org, Auteur, Velden(), Hash("v2"), Later(4));

        Assert.Equal(DossierStatus.InRoute, dossier.Status);
        Assert.Equal(0, dossier.HuidigeStap);
        Assert.Equal(Later(4), dossier.Stappen[0].ActiefSinds);
        Assert.Throws<DossierConflictException>(() => dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(5)));
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v2"), Later(5));
        Assert.Equal(2, dossier.Stappen[0].Parafen.Single().Versie);
    }

    [Fact]
    public void Edit_InRouteVanafLaatstGetekendeStap_KeepsParafenBeforeLastSigner()
    {
        var org = Load("""{ "regel": "vanafLaatstGetekendeStap" }""");
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));
        dossier.GiveParaaf(org, Jurist, Hash("v1"), Later(3));
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));

        dossier.Edit(org, Auteur, Velden(), Hash("v2"), Later(5));

        Assert.Equal(3, dossier.HuidigeStap);
        Assert.Equal(Hash("v1"), dossier.Stappen[0].Parafen.Single().VersieHash);
        Assert.Equal(2, dossier.Stappen[1].Parafen.Count);
        Assert.Empty(dossier.Stappen[3].Parafen);
        Assert.Equal(Secretaris, dossier.VervallenParafen.Single().Paraaf.PersoonId);
        Assert.True(dossier.IsWaitingOn(org, Secretaris, Later(5)));
    }

    [Fact]
    public void Edit_InRouteVanafStap_KeepsStepsBeforeConfiguredStep()
    {
        var org = Load("""{ "regel": "vanafStap", "stap": 2 }""");
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));

        dossier.Edit(org, Auteur, Velden(), Hash("v2"), Later(5));

        Assert.Equal(1, dossier.HuidigeStap);
        Assert.Single(dossier.Stappen[0].Parafen);
        Assert.Equal(3, dossier.VervallenParafen.Count);
        Assert.Equal([Concernstaf, Jurist], dossier.WaitingOn(org, Later(5)).Select(w => w.PersoonId).Order());
    }

    [Fact]
    public void Edit_VanafStapBeyondRouteProgress_RestartsWhereRouteWas()
    {
        var org = Load("""{ "regel": "vanafStap", "stap": 4 }""");
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));

        dossier.Edit(org, Auteur, Velden(), Hash("v2"), Later(3));

        // The parallel step had a paraaf on the old version; it must be voided although step 4 is the restart point.
        Assert.Equal(1, dossier.HuidigeStap);
        Assert.Empty(dossier.Stappen[1].Parafen);
        Assert.Equal(Concernstaf, dossier.VervallenParafen.Single().Paraaf.PersoonId);
    }

    [Fact]
    public void Edit_TurningOnFinancieleGevolgen_RequiresSkippedFinancienStepBeforeRestartPoint()
    {
        var org = Load("""{ "regel": "vanafLaatstGetekendeStap" }""");
        var dossier = IngediendDossier(org, financieleGevolgen: false);
        TotSecretaris(dossier);
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));

        dossier.Edit(org, Auteur, Velden(), Hash("v2"), Later(5), financieleGevolgen: true);

        Assert.True(dossier.FinancieleGevolgen);
        Assert.False(dossier.Stappen[2].Overgeslagen);
        Assert.Equal(2, dossier.HuidigeStap);
        Assert.Equal([Financien], dossier.WaitingOn(org, Later(5)).Select(w => w.PersoonId));
    }

    [Fact]
    public void Edit_InConcept_AddsVersionWithoutRoute()
    {
        var dossier = NieuwDossier(org);

        dossier.Edit(org, Auteur, Velden("Nieuw besluit."), Hash("v2"), Later(1));

        Assert.Equal(DossierStatus.Concept, dossier.Status);
        Assert.Equal([1, 2], dossier.Versies.Select(v => v.Nummer));
        Assert.Equal("Nieuw besluit.", dossier.Conceptbesluit);
        Assert.Empty(dossier.Stappen);
    }

    [Fact]
    public void Edit_BySubstituteOfAuthorWithinPeriod_AddsVersionAndMaySubmit()
    {
        var dossier = IngediendDossier(org);
        dossier.Return(org, Afdelingsmanager, "Bijlage ontbreekt.", Later(1));
        var dinsdag = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));
        Assert.True(dossier.IsWaitingOn(org, AuteurVervanger, dinsdag));

        dossier.Edit(org, AuteurVervanger, Velden(), Hash("v2"), dinsdag);
        dossier.Submit(org, AuteurVervanger, dinsdag);

        Assert.Equal((2, AuteurVervanger), (dossier.HuidigeVersie.Nummer, dossier.HuidigeVersie.GemaaktDoor));
        Assert.Equal(DossierStatus.InRoute, dossier.Status);
    }

    [Fact]
    public void Edit_BySubstituteOfAuthorOutsidePeriod_ForbiddenAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        dossier.Return(org, Afdelingsmanager, "Bijlage ontbreekt.", Later(1));
        var before = ToJson(dossier);

        Assert.False(dossier.IsWaitingOn(org, AuteurVervanger, Later(2)));
        Assert.Throws<DossierForbiddenException>(() => dossier.Edit(org, AuteurVervanger, Velden(), Hash("v2"), Later(2)));
        Assert.Throws<DossierForbiddenException>(() => dossier.Submit(org, AuteurVervanger, Later(2)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void Edit_SameHashAsCurrentVersion_ArgumentException()
    {
        var dossier = NieuwDossier(org);

        var ex = Assert.Throws<ArgumentException>(() => dossier.Edit(org, Auteur, Velden(), Hash("v1"), Later(1)));
        Assert.Equal("versieHash", ex.ParamName);
    }

    [Fact]
    public void Edit_ByOtherThanAuthor_ForbiddenAndUnchanged()
    {
        var dossier = IngediendDossier(org);
        var before = ToJson(dossier);

        Assert.Throws<DossierForbiddenException>(() => dossier.Edit(org, Afdelingsmanager, Velden(), Hash("v2"), Later(1)));
        Assert.Throws<DossierForbiddenException>(() => dossier.Edit(org, "and-auteur", Velden(), Hash("v2"), Later(1)));
        AssertUnchanged(before, dossier);
    }

    [Fact]
    public void Edit_WhenGeagendeerd_StateException()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);
        dossier.GiveParaaf(org, Secretaris, Hash("v1"), Later(4));
        dossier.GiveParaaf(org, WethouderSociaal, Hash("v1"), Later(5), Vergadering);

        Assert.Throws<DossierStateException>(() => dossier.Edit(org, Auteur, Velden(), Hash("v2"), Later(6)));
    }

    [Fact]
    public void WaitingOn_StepWhoseAssigneeHasSubstitute_ListsBothWithNamens()
    {
        var dossier = IngediendDossier(org);
        TotSecretaris(dossier);

        var wachtenden = dossier.WaitingOn(org, Later(4));

        Assert.Equal(2, wachtenden.Count);
        Assert.Contains(wachtenden, w => w.PersoonId == Secretaris && w.NamensPersoonId is null);
        Assert.Contains(wachtenden, w => w.PersoonId == Vervanger && w.NamensPersoonId == Secretaris);
        Assert.False(dossier.IsWaitingOn(org, Concernstaf, Later(4)));
    }

    [Fact]
    public void RouteProgress_MidRoute_ShowsSignedCurrentSkippedAndOpenSteps()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.GiveParaaf(org, Concernstaf, Hash("v1"), Later(2));

        var voortgang = dossier.RouteProgress(org, Later(2));

        Assert.Equal(
            [StapToestand.Afgerond, StapToestand.Bezig, StapToestand.Overgeslagen, StapToestand.Open, StapToestand.Open],
            voortgang.Select(s => s.Toestand));
        Assert.Equal([1, 2, 3, 4, 5], voortgang.Select(s => s.Nummer));
        Assert.Equal("Concernstaf en juridische zaken", voortgang[1].Naam);
        Assert.Equal(Later(1), voortgang[0].Parafen.Single().GegevenOp);
        Assert.Equal(Jurist, voortgang[1].WachtOp.Single().PersoonId);
        Assert.Empty(voortgang[3].WachtOp);
    }

    [Fact]
    public void GiveParaaf_WithARemark_RemarkKeptWithTheParaaf()
    {
        var dossier = IngediendDossier(org);

        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1), opmerking: "  akkoord, let op de planning  ");

        Assert.Equal("akkoord, let op de planning", dossier.RouteProgress(org, Later(1))[0].Parafen.Single().Opmerking);
        Assert.Equal(DossierStatus.InRoute, dossier.Status);
    }

    [Fact]
    public void Submit_AfterAReturnWithAnAnswer_AnswerKeptWithTheComments()
    {
        var dossier = IngediendDossier(org);
        dossier.Return(org, Afdelingsmanager, "Graag de planning toevoegen.", Later(1));

        dossier.Submit(org, Auteur, Later(2), "  De planning staat nu in paragraaf 4.  ");

        var antwoord = dossier.Opmerkingen[^1];
        Assert.Equal((Auteur, "De planning staat nu in paragraaf 4.", false), (antwoord.PersoonId, antwoord.Tekst, antwoord.Teruggestuurd));
        Assert.Equal(DossierStatus.InRoute, dossier.Status);
    }

    [Fact]
    public void RouteProgress_AfterAReturn_StepShownAsReturnedNotBusy()
    {
        var dossier = IngediendDossier(org);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.Return(org, Concernstaf, "De juridische toets ontbreekt.", Later(2));

        var voortgang = dossier.RouteProgress(org, Later(2));

        Assert.Equal(StapToestand.Teruggestuurd, voortgang[1].Toestand);
        Assert.Empty(voortgang[1].WachtOp);
    }

    [Fact]
    public void JsonRoundTrip_DossierMidRoute_PreservesStateAndBehaviour()
    {
        var dossier = IngediendDossier(org, financieleGevolgen: true);
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v1"), Later(1));
        dossier.Return(org, Concernstaf, "Graag korter.", Later(2));
        dossier.Edit(org, Auteur, Velden("Korter besluit."), Hash("v2"), Later(3));
        dossier.Submit(org, Auteur, Later(4));
        dossier.GiveParaaf(org, Afdelingsmanager, Hash("v2"), Later(5));
        dossier.GiveParaaf(org, Concernstaf, Hash("v2"), Later(6));
        var json = ToJson(dossier);

        var terug = JsonSerializer.Deserialize<Dossier>(json, BesluitvormingJson.Options)!;

        Assert.Equal(json, ToJson(terug));
        Assert.Equal(DossierStatus.InRoute, terug.Status);
        Assert.Equal("Korter besluit.", terug.Conceptbesluit);
        Assert.Equal(dossier.WaitingOn(org, Later(6)), terug.WaitingOn(org, Later(6)));
        Assert.Contains("\"status\":\"inRoute\"", json);
        Assert.Contains("\"rollen\":[\"concernstaf\",\"juridischezaken\"]", json);
        terug.GiveParaaf(org, Jurist, Hash("v2"), Later(7));
        Assert.Equal(2, terug.HuidigeStap);
    }
}
