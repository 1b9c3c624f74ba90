using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using static Automatisering.Functions.Tests.Besluitvorming.TestOrganisatie;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class CollegevergaderingTests
{
    private static readonly DateTimeOffset Vergaderdag = new(2026, 3, 17, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly OrganisatieConfig org = Load();

    private Dossier GeagendeerdDossier(string id = "dossier-1")
    {
        var dossier = Dossier.Create(org, id, "testdorp", Auteur, $"Onderwerp {id}", "sociaal domein", Velden(), Hash(id), false, Maandag);
        dossier.Submit(org, Auteur, Maandag);
        foreach (var persoon in new[] { Afdelingsmanager, Concernstaf, Jurist, Secretaris })
        {
            dossier.GiveParaaf(org, persoon, dossier.HuidigeVersie.Hash, Maandag.AddHours(1));
        }

        dossier.GiveParaaf(org, WethouderSociaal, dossier.HuidigeVersie.Hash, Maandag.AddHours(2), Vergadering);
        return dossier;
    }

    private (Collegevergadering Vergadering, Dossier Dossier) OpAgenda()
    {
        var dossier = GeagendeerdDossier();
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);
        vergadering.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Hamerstuk);
        return (vergadering, dossier);
    }

    [Fact]
    public void RecordDecision_Conform_AdoptsConceptbesluitAndFillsAgendapunt()
    {
        var (vergadering, dossier) = OpAgenda();

        vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag);

        Assert.Equal(DossierStatus.Besloten, dossier.Status);
        Assert.Equal(BesluitUitkomst.Conform, dossier.Besluit!.Uitkomst);
        Assert.Equal(dossier.Conceptbesluit, dossier.Besluit.Tekst);
        var agendapunt = dossier.Agendapunt(org);
        Assert.Equal("Besluit B&W: Conform", agendapunt.BesluitRegel);
        Assert.Equal("Het college besluit: 1. het handvest vast te stellen.", agendapunt.Besluittekst);
        Assert.Equal(
            ["Medewerker", "Afdelingsmanager", "Concernstaf", "Juridische zaken", "Secretaris", "Portefeuillehouder"],
            agendapunt.Parafen.Select(p => p.Label));
        Assert.Equal(("Wim Zorgdrager", "W. Zorgdrager", new DateOnly(2026, 3, 2)), (agendapunt.Parafen[^1].Naam, agendapunt.Parafen[^1].Initialen, agendapunt.Parafen[^1].Datum));
        Assert.Equal("Annemiek Testers", agendapunt.Parafen[0].Naam);
    }

    [Fact]
    public void RecordDecision_GewijzigdWithText_AdoptsAmendedText()
    {
        var (vergadering, dossier) = OpAgenda();

        vergadering.RecordDecision(org, dossier, Besluit.Gewijzigd("Het college besluit: 1. het handvest vast te stellen met de wijziging van artikel 2."), Bestuurssecretariaat, Vergaderdag);

        Assert.Equal(DossierStatus.Besloten, dossier.Status);
        Assert.Equal("Besluit B&W: Gewijzigd", dossier.Agendapunt(org).BesluitRegel);
        Assert.Equal("Het college besluit: 1. het handvest vast te stellen met de wijziging van artikel 2.", dossier.Besluit!.Tekst);
        Assert.Equal("Het college besluit: 1. het handvest vast te stellen met de wijziging van artikel 2.", vergadering.Besluitenlijst().Single().Besluittekst);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void RecordDecision_GewijzigdWithoutText_ArgumentExceptionAndUnchanged(string? tekst)
    {
        var (vergadering, dossier) = OpAgenda();
        var before = (ToJson(dossier), JsonSerializer.Serialize(vergadering, BesluitvormingJson.Options));

        Assert.Throws<ArgumentException>(() => vergadering.RecordDecision(org, dossier, new Besluit(BesluitUitkomst.Gewijzigd, tekst), Bestuurssecretariaat, Vergaderdag));
        Assert.Equal(before, (ToJson(dossier), JsonSerializer.Serialize(vergadering, BesluitvormingJson.Options)));
    }

    [Fact]
    public void RecordDecision_Aangehouden_MovesDossierToLaterMeetingWhereItIsDecided()
    {
        var (vergadering, dossier) = OpAgenda();
        var later = new DateOnly(2026, 3, 31);

        vergadering.RecordDecision(org, dossier, Besluit.Aangehouden(later), Bestuurssecretariaat, Vergaderdag);

        Assert.Equal(DossierStatus.Aangehouden, dossier.Status);
        Assert.Equal(later, dossier.Vergaderdatum);
        Assert.Equal("Besluit B&W: Aangehouden", dossier.Agendapunt(org).BesluitRegel);
        Assert.Equal(("Aangehouden", later), (vergadering.Besluitenlijst().Single().Besluit, vergadering.Besluitenlijst().Single().AangehoudenTot));
        Assert.Throws<DossierStateException>(() => vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag));

        var volgende = Collegevergadering.Create(org, "testdorp", later);
        volgende.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Bespreekstuk);
        volgende.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag.AddDays(14));

        Assert.Equal(DossierStatus.Besloten, dossier.Status);
        Assert.Equal([BesluitUitkomst.Aangehouden, BesluitUitkomst.Conform], dossier.Besluiten.Select(b => b.Uitkomst));
        Assert.Equal(later, dossier.Besluit!.Vergaderdatum);
    }

    [Fact]
    public void RecordDecision_AangehoudenWithoutLaterDate_ArgumentException()
    {
        var (vergadering, dossier) = OpAgenda();

        Assert.Throws<ArgumentException>(() => vergadering.RecordDecision(org, dossier, new Besluit(BesluitUitkomst.Aangehouden), Bestuurssecretariaat, Vergaderdag));
        Assert.Throws<ArgumentException>(() => vergadering.RecordDecision(org, dossier, Besluit.Aangehouden(Vergadering), Bestuurssecretariaat, Vergaderdag));
        Assert.Equal(DossierStatus.Geagendeerd, dossier.Status);
    }

    [Fact]
    public void RecordDecision_NietAkkoord_IsBeslotenWithoutText()
    {
        var (vergadering, dossier) = OpAgenda();

        vergadering.RecordDecision(org, dossier, Besluit.NietAkkoord(), Bestuurssecretariaat, Vergaderdag);

        Assert.Equal(DossierStatus.Besloten, dossier.Status);
        Assert.Equal("Besluit B&W: Niet akkoord", dossier.Agendapunt(org).BesluitRegel);
        Assert.Null(dossier.Besluit!.Tekst);
    }

    [Theory]
    [InlineData(Secretaris)]
    [InlineData(WethouderSociaal)]
    [InlineData(BuurSecretariaat)]
    [InlineData("niemand")]
    public void RecordDecision_ByNonBestuurssecretariaat_ForbiddenAndUnchanged(string actor)
    {
        var (vergadering, dossier) = OpAgenda();
        var before = (ToJson(dossier), JsonSerializer.Serialize(vergadering, BesluitvormingJson.Options));

        Assert.Throws<DossierForbiddenException>(() => vergadering.RecordDecision(org, dossier, Besluit.Conform(), actor, Vergaderdag));
        Assert.Equal(before, (ToJson(dossier), JsonSerializer.Serialize(vergadering, BesluitvormingJson.Options)));
    }

    [Fact]
    public void RecordDecision_Twice_StateException()
    {
        var (vergadering, dossier) = OpAgenda();
        vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag);

        Assert.Throws<DossierStateException>(() => vergadering.RecordDecision(org, dossier, Besluit.NietAkkoord(), Bestuurssecretariaat, Vergaderdag));
        Assert.Equal(BesluitUitkomst.Conform, dossier.Besluit!.Uitkomst);
    }

    [Fact]
    public void RecordDecision_DossierNotOnAgenda_StateException()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);

        Assert.Throws<DossierStateException>(() => vergadering.RecordDecision(org, GeagendeerdDossier(), Besluit.Conform(), Bestuurssecretariaat, Vergaderdag));
    }

    [Fact]
    public void Agendeer_DossierForOtherMeeting_StateException()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", new DateOnly(2026, 3, 24));

        Assert.Throws<DossierStateException>(() => vergadering.Agendeer(org, Bestuurssecretariaat, GeagendeerdDossier(), AgendapuntSoort.Hamerstuk));
        Assert.Empty(vergadering.Agendapunten);
    }

    [Fact]
    public void Agendeer_DossierStillInRoute_StateException()
    {
        var dossier = IngediendDossier(org);
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);

        Assert.Throws<DossierStateException>(() => vergadering.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Hamerstuk));
    }

    [Fact]
    public void Agendeer_SameDossierTwice_StateException()
    {
        var (vergadering, dossier) = OpAgenda();

        Assert.Throws<DossierStateException>(() => vergadering.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Bespreekstuk));
    }

    [Fact]
    public void Agendeer_ByBestuurssecretariaatOfOtherMunicipality_Forbidden()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);

        Assert.Throws<DossierForbiddenException>(() => vergadering.Agendeer(org, BuurSecretariaat, GeagendeerdDossier(), AgendapuntSoort.Hamerstuk));
    }

    [Fact]
    public void Besluitenlijst_SeveralItems_ListsInAgendaOrderWithDecisions()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);
        var eerste = GeagendeerdDossier("dossier-a");
        var tweede = GeagendeerdDossier("dossier-b");
        vergadering.Agendeer(org, Bestuurssecretariaat, eerste, AgendapuntSoort.Hamerstuk);
        vergadering.Agendeer(org, Bestuurssecretariaat, tweede, AgendapuntSoort.Bespreekstuk);
        vergadering.RecordDecision(org, tweede, Besluit.NietAkkoord(), Bestuurssecretariaat, Vergaderdag);

        var lijst = vergadering.Besluitenlijst();

        Assert.Equal(
            [(1, "dossier-a", AgendapuntSoort.Hamerstuk, "Nog geen besluit"), (2, "dossier-b", AgendapuntSoort.Bespreekstuk, "Niet akkoord")],
            lijst.Select(r => (r.Volgorde, r.DossierId, r.Soort, r.Besluit)));
        Assert.Equal("Onderwerp dossier-a", lijst[0].Onderwerp);
        Assert.Equal("testdorp/2026-03-17", vergadering.Id);
    }

    [Fact]
    public void RecordDecision_TheDayBeforeTheMeeting_RefusedAndNothingChanged()
    {
        var (vergadering, dossier) = OpAgenda();
        var voor = ToJson(dossier);

        var fout = Assert.Throws<DossierStateException>(() => vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag.AddDays(-1)));

        Assert.Contains("pas vanaf die dag", fout.Message);
        Assert.Equal(voor, ToJson(dossier));
        Assert.Null(vergadering.Agendapunten.Single().Uitkomst);
    }

    [Fact]
    public void RecordDecision_ConformOnTheHandvestItem_DecisionIsTheConceptbesluitPointByPoint()
    {
        var velden = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", "agendapunt.json"))).RootElement.Clone();
        var dossier = Dossier.Create(org, "handvest-1", "testdorp", Auteur, "Handvest SSWZM", "sociaal domein", velden, Hash("h"), false, Maandag);
        dossier.Submit(org, Auteur, Maandag);
        foreach (var persoon in new[] { Afdelingsmanager, Concernstaf, Jurist, Secretaris })
        {
            dossier.GiveParaaf(org, persoon, dossier.HuidigeVersie.Hash, Maandag.AddHours(1));
        }

        dossier.GiveParaaf(org, WethouderSociaal, dossier.HuidigeVersie.Hash, Maandag.AddHours(2), Vergadering);
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);
        vergadering.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Bespreekstuk);

        vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag);

        var concept = Besluittekst.FromVeld(velden.GetProperty("conceptbesluit"));
        Assert.Equal(concept, dossier.Besluit!.BesluitPunten);
        Assert.Equal(concept, vergadering.Agendapunten.Single().Besluitpunten);
        Assert.Equal(concept, vergadering.Besluitenlijst().Single().Besluitpunten);
        Assert.Equal(3, dossier.Besluit.BesluitPunten[1].Subpunten.Count);
        Assert.Contains("hand in hand gaan", dossier.Besluit.Tekst);
    }

    [Fact]
    public void RecordDecision_GewijzigdAsText_AmendedPointsStoredInStructure()
    {
        var (vergadering, dossier) = OpAgenda();

        vergadering.RecordDecision(org, dossier, Besluit.Gewijzigd("1. het handvest vast te stellen;\n   > “Samen sterker.”\n   - met ingang van 1 juli;\n2. de raad te informeren."), Bestuurssecretariaat, Vergaderdag);

        var punten = dossier.Besluit!.BesluitPunten;
        Assert.Equal(["1", "2"], punten.Select(p => p.Nr));
        Assert.Equal(["“Samen sterker.”"], punten[0].Intentie);
        Assert.Equal(["met ingang van 1 juli;"], punten[0].Subpunten);
    }

    [Fact]
    public void CorrigeerBesluit_WithReason_CorrectionAddedAndOriginalKept()
    {
        var (vergadering, dossier) = OpAgenda();
        vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag);

        dossier.CorrigeerBesluit(org, Bestuurssecretariaat, Besluit.Gewijzigd("1. het handvest vast te stellen met de wijziging van artikel 2."), "artikel 2 werd in de vergadering gewijzigd", Vergaderdag.AddDays(1));
        vergadering.SyncBesluit(dossier);

        Assert.Equal(2, dossier.Besluiten.Count);
        Assert.Equal(BesluitUitkomst.Conform, dossier.Besluiten[0].Uitkomst);
        Assert.Equal((BesluitUitkomst.Gewijzigd, 1, "artikel 2 werd in de vergadering gewijzigd"), (dossier.Besluit!.Uitkomst, dossier.Besluit.CorrectieVan!.Value, dossier.Besluit.Reden!));
        Assert.Equal(Vergadering, dossier.Besluit.Vergaderdatum);
        Assert.Equal("artikel 2 werd in de vergadering gewijzigd", vergadering.Agendapunten.Single().Correctie);
        Assert.Equal(BesluitUitkomst.Gewijzigd, vergadering.Agendapunten.Single().Uitkomst);
    }

    [Fact]
    public void CorrigeerBesluit_WithoutReasonOrByAnother_RefusedAndNothingChanged()
    {
        var (vergadering, dossier) = OpAgenda();
        vergadering.RecordDecision(org, dossier, Besluit.Conform(), Bestuurssecretariaat, Vergaderdag);
        var voor = ToJson(dossier);

        Assert.Equal("reden", Assert.Throws<ArgumentException>(() => dossier.CorrigeerBesluit(org, Bestuurssecretariaat, Besluit.NietAkkoord(), " ", Vergaderdag)).ParamName);
        Assert.Throws<DossierForbiddenException>(() => dossier.CorrigeerBesluit(org, Secretaris, Besluit.NietAkkoord(), "typfout", Vergaderdag));
        Assert.Throws<ArgumentException>(() => dossier.CorrigeerBesluit(org, Bestuurssecretariaat, Besluit.Conform(), "niets veranderd", Vergaderdag));
        Assert.Throws<ArgumentException>(() => dossier.CorrigeerBesluit(org, Bestuurssecretariaat, Besluit.Aangehouden(Vergadering.AddDays(14)), "later", Vergaderdag));

        Assert.Equal(voor, ToJson(dossier));
    }

    [Fact]
    public void Agendeer_HamerstukAfterBespreekstuk_HamerstukkenFirstWithAgendaNumbers()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);
        vergadering.Agendeer(org, Bestuurssecretariaat, GeagendeerdDossier("bespreek"), AgendapuntSoort.Bespreekstuk);
        vergadering.Agendeer(org, Bestuurssecretariaat, GeagendeerdDossier("hamer"), AgendapuntSoort.Hamerstuk);

        Assert.Equal([("1", "hamer"), ("2", "bespreek")], vergadering.Agendapunten.Select(p => (p.Nummer, p.DossierId)));
        Assert.Equal("Wim Zorgdrager", vergadering.Agendapunten[0].Wethouder);
    }

    [Fact]
    public void Herorden_BySecretariat_NewOrderAndNumbers()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);
        foreach (var id in new[] { "a", "b", "c" })
        {
            vergadering.Agendeer(org, Bestuurssecretariaat, GeagendeerdDossier(id), AgendapuntSoort.Bespreekstuk);
        }

        vergadering.Herorden(org, Bestuurssecretariaat, ["c", "a", "b"], Maandag);

        Assert.Equal([("1", "c"), ("2", "a"), ("3", "b")], vergadering.Agendapunten.Select(p => (p.Nummer, p.DossierId)));
        Assert.Equal("volgorde", Assert.Throws<ArgumentException>(() => vergadering.Herorden(org, Bestuurssecretariaat, ["c", "a"], Maandag)).ParamName);
        Assert.Throws<DossierForbiddenException>(() => vergadering.Herorden(org, WethouderSociaal, ["a", "b", "c"], Maandag));
        Assert.Throws<DossierStateException>(() => vergadering.Herorden(org, Bestuurssecretariaat, ["a", "b", "c"], Vergaderdag.AddDays(1)));
    }

    [Fact]
    public void Verplaats_BeforeTheMeeting_MovesTheDossierAndItLeavesTheAgenda()
    {
        var (vergadering, dossier) = OpAgenda();
        var later = Vergadering.AddDays(14);

        dossier.Verplaats(org, Bestuurssecretariaat, later, "advies van de raadscommissie afwachten", Maandag.AddDays(1));
        vergadering.Verwijder(dossier.Id);
        var volgende = Collegevergadering.Create(org, "testdorp", later);
        volgende.Agendeer(org, Bestuurssecretariaat, dossier, AgendapuntSoort.Hamerstuk);

        Assert.Equal(later, dossier.Vergaderdatum);
        Assert.Empty(vergadering.Agendapunten);
        Assert.Equal(dossier.Id, volgende.Agendapunten.Single().DossierId);
        Assert.Throws<DossierForbiddenException>(() => dossier.Verplaats(org, WethouderSociaal, Vergadering, "terug", Maandag.AddDays(1)));
        Assert.Equal("reden", Assert.Throws<ArgumentException>(() => dossier.Verplaats(org, Bestuurssecretariaat, Vergadering, "", Maandag.AddDays(1))).ParamName);
    }

    [Fact]
    public void ZetAanwezigheid_CollegeAndSecretaris_PresentAndAbsentByName()
    {
        var vergadering = Collegevergadering.Create(org, "testdorp", Vergadering);

        Assert.Equal(["Bram Voorzitter", "Wim Zorgdrager", "Frida Kasma", "Sietse Schrijver"], vergadering.Aanwezigen(org).Select(p => p.Naam));
        vergadering.ZetAanwezigheid(org, Bestuurssecretariaat, [Burgemeester, WethouderSociaal, Secretaris], [WethouderFinancien]);

        Assert.Equal(["Frida Kasma"], vergadering.Afwezigen(org).Select(p => p.Naam));
        Assert.DoesNotContain(vergadering.Aanwezigen(org), p => p.Id == WethouderFinancien);
        Assert.Equal("aanwezig", Assert.Throws<ArgumentException>(() => vergadering.ZetAanwezigheid(org, Bestuurssecretariaat, [Auteur], [])).ParamName);
    }

    [Fact]
    public void JsonRoundTrip_Collegevergadering_PreservesAgendaAndDecisions()
    {
        var (vergadering, dossier) = OpAgenda();
        vergadering.RecordDecision(org, dossier, Besluit.Aangehouden(new DateOnly(2026, 3, 31)), Bestuurssecretariaat, Vergaderdag);
        var json = JsonSerializer.Serialize(vergadering, BesluitvormingJson.Options);

        var terug = JsonSerializer.Deserialize<Collegevergadering>(json, BesluitvormingJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(terug, BesluitvormingJson.Options));
        Assert.Equal(vergadering.Besluitenlijst(), terug.Besluitenlijst());
    }

    public static TheoryData<string, bool> SampleGemeenten()
    {
        var data = new TheoryData<string, bool>();
        foreach (var gemeente in Sample.Gemeenten)
        {
            data.Add(gemeente.Slug, false);
            data.Add(gemeente.Slug, true);
        }

        return data;
    }

    /// <summary>
    /// Drives each sample municipality's own route from organisatie.json: whoever the dossier waits on signs
    /// (never a substitute), the portefeuillehouder picks the meeting, the bestuurssecretariaat records Conform.
    /// </summary>
    [Theory]
    [MemberData(nameof(SampleGemeenten))]
    public void FullRoute_SampleMunicipality_ReachesConform(string slug, bool financieleGevolgen)
    {
        var sample = Sample;
        var gemeente = sample.GetGemeente(slug);
        var now = new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.FromHours(1));
        var auteur = sample.PersonenMetRol(slug, Rol.Medewerker).First();
        var wethouder = sample.PersonenMetRol(slug, Rol.Portefeuillehouder).Last();
        var portefeuille = wethouder.Portefeuilles[0];
        var vergaderdatum = new DateOnly(2026, 2, 17);
        var dossier = Dossier.Create(sample, $"{slug}-1", slug, auteur.Id, "Handvest samenwerking", portefeuille, Velden(), Hash(slug), financieleGevolgen, now);
        dossier.Submit(sample, auteur.Id, now);

        var getekend = new List<Rol>();
        var rondes = 0;
        while (dossier.Status == DossierStatus.InRoute)
        {
            Assert.True(++rondes <= 20, "the route does not end");
            now = now.AddHours(1);
            var volgende = dossier.WaitingOn(sample, now).First(w => w.NamensPersoonId is null);
            var isWethouder = volgende.Rol == Rol.Portefeuillehouder;
            dossier.GiveParaaf(sample, volgende.PersoonId, Hash(slug), now, isWethouder ? vergaderdatum : null);
            getekend.Add(volgende.Rol);
        }

        var verwacht = gemeente.Route.Stappen
            .Where(s => s.When is null || financieleGevolgen)
            .SelectMany(s => s.ParsedRollen)
            .ToList();
        Assert.Equal(verwacht, getekend);
        Assert.Equal(DossierStatus.Geagendeerd, dossier.Status);
        Assert.Equal(wethouder.Id, dossier.Stappen[^1].Parafen.Single().PersoonId);

        var vergadering = Collegevergadering.Create(sample, slug, vergaderdatum);
        var secretariaat = sample.PersonenMetRol(slug, Rol.Bestuurssecretariaat).Single();
        vergadering.Agendeer(sample, secretariaat.Id, dossier, AgendapuntSoort.Hamerstuk);
        vergadering.RecordDecision(sample, dossier, Besluit.Conform(), secretariaat.Id, new DateTimeOffset(vergaderdatum.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1)));

        Assert.Equal(DossierStatus.Besloten, dossier.Status);
        var agendapunt = dossier.Agendapunt(sample);
        Assert.Equal("Besluit B&W: Conform", agendapunt.BesluitRegel);
        Assert.Equal(dossier.Conceptbesluit, agendapunt.Besluittekst);
        Assert.Equal(verwacht.Count + 1, agendapunt.Parafen.Count);
    }
}
