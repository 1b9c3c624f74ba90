using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using static Automatisering.Functions.Tests.Samenwerking.SamenwerkingTestOrganisatie;

namespace Automatisering.Functions.Tests.Samenwerking;

public sealed class PersberichtTests
{
    private static DateTimeOffset Later(int uren) => Maandag.AddHours(uren);

    private static void AssertUnchanged(string before, Persbericht persbericht) => Assert.Equal(before, ToJson(persbericht));

    /// <summary>Registers the decision and calls Release as the decision handler would; returns the deliveries made.</summary>
    private static IReadOnlyList<PersberichtVrijgave> Besluit(Persbericht p, string gemeente, BesluitUitkomst uitkomst, DateTimeOffset now, DateOnly? datum = null, string? id = null)
    {
        p.RegistreerBesluit(gemeente, uitkomst, id ?? $"besluit-{gemeente}-{uitkomst}", datum ?? Collegedag, now);
        return p.Release(now).Vrijgaven;
    }

    private static Persbericht AllenConformBehalve(string gemeente, BesluitUitkomst uitkomst)
    {
        var p = GoedgekeurdPersbericht();
        foreach (var g in Gemeenten.Where(g => g != gemeente))
        {
            Assert.Empty(Besluit(p, g, BesluitUitkomst.Conform, Later(1)));
        }

        p.RegistreerBesluit(gemeente, uitkomst, $"besluit-{gemeente}", Collegedag, Later(2));
        return p;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    [InlineData(31337)]
    [InlineData(90210)]
    public void Release_ShuffledDecisionsWithDuplicates_NothingBeforeFifthCollegeAndFiveOnceAfter(int seed)
    {
        var random = new Random(seed);
        var p = GoedgekeurdPersbericht();
        var events = Gemeenten
            .Select((g, i) => (Gemeente: g, Uitkomst: i % 2 == 0 ? BesluitUitkomst.Conform : BesluitUitkomst.Gewijzigd, Id: $"evt-{g}"))
            .SelectMany(e => Enumerable.Repeat(e, random.Next(1, 4)))
            .OrderBy(_ => random.Next())
            .ToList();
        var besloten = new HashSet<string>();
        var vrijgaven = new List<PersberichtVrijgave>();
        var tijd = Later(1);

        foreach (var e in events)
        {
            tijd = tijd.AddMinutes(random.Next(1, 90));
            p.RegistreerBesluit(e.Gemeente, e.Uitkomst, e.Id, Collegedag, tijd);
            besloten.Add(e.Gemeente);
            vrijgaven.AddRange(p.Release(tijd).Vrijgaven);
            Assert.Equal(besloten.Count == Gemeenten.Length ? Gemeenten.Length : 0, vrijgaven.Count);
        }

        var laatste = events[^1];
        for (var i = 0; i < 10; i++)
        {
            tijd = tijd.AddMinutes(1);
            Assert.True(p.RegistreerBesluit(laatste.Gemeente, laatste.Uitkomst, laatste.Id, Collegedag, tijd).IsLeeg);
            vrijgaven.AddRange(p.Release(tijd).Vrijgaven);
        }

        Assert.Equal(Gemeenten.Order(), vrijgaven.Select(v => v.Gemeente).Order());
        Assert.Equal(Gemeenten.Select(g => $"persbericht/pb-1/{g}").Order(), vrijgaven.Select(v => v.Sleutel).Order());
        Assert.Single(vrijgaven.Select(v => v.VrijgegevenOp).Distinct());
        Assert.Equal(PersberichtStatus.Vrijgegeven, p.Status);
        Assert.Equal(5, p.OntvangenBesluiten.Count);
    }

    [Fact]
    public void RegistreerBesluit_SameEventTwice_ChangesNothing()
    {
        var p = GoedgekeurdPersbericht();
        var eerste = p.RegistreerBesluit("staphorst", BesluitUitkomst.Conform, "evt-1", Collegedag, Later(1));
        var before = ToJson(p);

        var tweede = p.RegistreerBesluit("staphorst", BesluitUitkomst.Conform, "evt-1", Collegedag, Later(5));

        Assert.Single(eerste.Gebeurtenissen);
        Assert.True(tweede.IsLeeg);
        AssertUnchanged(before, p);
    }

    [Fact]
    public void RegistreerBesluit_SameIdDifferentContent_ConflictAndUnchanged()
    {
        var p = GoedgekeurdPersbericht();
        p.RegistreerBesluit("staphorst", BesluitUitkomst.Conform, "evt-1", Collegedag, Later(1));
        var before = ToJson(p);

        Assert.Throws<DossierStateException>(() => p.RegistreerBesluit("staphorst", BesluitUitkomst.NietAkkoord, "evt-1", Collegedag, Later(2)));
        Assert.Throws<DossierStateException>(() => p.RegistreerBesluit("westerveld", BesluitUitkomst.Conform, "evt-1", Collegedag, Later(2)));
        AssertUnchanged(before, p);
    }

    [Fact]
    public void RegistreerBesluit_GemeenteNotParticipating_ArgumentExceptionNamingField()
    {
        var p = GoedgekeurdPersbericht();

        var ex = Assert.Throws<ArgumentException>(() => p.RegistreerBesluit("emmen", BesluitUitkomst.Conform, "evt-x", Collegedag, Later(1)));
        Assert.Equal("gemeente", ex.ParamName);
    }

    [Fact]
    public void RegistreerBesluit_Aangehouden_HoldsReleaseAndNotifiesLead()
    {
        var p = GoedgekeurdPersbericht();
        foreach (var g in Gemeenten.Where(g => g != "zwartewaterland"))
        {
            p.RegistreerBesluit(g, BesluitUitkomst.Conform, $"evt-{g}", Collegedag, Later(1));
        }

        var resultaat = p.RegistreerBesluit("zwartewaterland", BesluitUitkomst.Aangehouden, "evt-zwl-1", Collegedag, Later(2));

        var melding = Assert.Single(resultaat.Meldingen);
        Assert.Equal(MeldingSoort.BesluitAangehouden, melding.Soort);
        Assert.Equal(Penvoerder, melding.Gemeente);
        Assert.Equal(Comm(Penvoerder), melding.OntvangerId);
        Assert.Equal("zwartewaterland", melding.Betreft);
        Assert.Equal(PersberichtStatus.Aangehouden, p.Status);
        Assert.Empty(p.Release(Later(3)).Vrijgaven);
        var oordeel = EmbargoBewaker.Beoordeel(p, Later(3));
        Assert.False(oordeel.VrijgaveNodig);
        Assert.Null(oordeel.VolgendeControle);
    }

    [Fact]
    public void RegistreerBesluit_NietAkkoord_BlocksReleaseAndNotifiesLead()
    {
        var p = GoedgekeurdPersbericht();
        var resultaat = p.RegistreerBesluit("westerveld", BesluitUitkomst.NietAkkoord, "evt-w", Collegedag, Later(1));
        foreach (var g in Gemeenten.Where(g => g != "westerveld"))
        {
            Assert.Empty(Besluit(p, g, BesluitUitkomst.Conform, Later(2)));
        }

        Assert.Equal(MeldingSoort.BesluitNietAkkoord, Assert.Single(resultaat.Meldingen).Soort);
        Assert.Equal(PersberichtStatus.Geblokkeerd, p.Status);
        Assert.Empty(p.Release(Later(30)).Vrijgaven);
    }

    [Fact]
    public void RegistreerBesluit_ConformAtLaterMeetingAfterAangehouden_UnblocksAndReleasesAll()
    {
        var p = AllenConformBehalve("zwartewaterland", BesluitUitkomst.Aangehouden);
        Assert.Empty(p.Release(Later(3)).Vrijgaven);

        var resultaat = p.RegistreerBesluit("zwartewaterland", BesluitUitkomst.Conform, "evt-zwl-2", Collegedag.AddDays(7), Later(200));

        Assert.Empty(resultaat.Meldingen);
        Assert.Equal(BesluitUitkomst.Conform, p.BesluitVan("zwartewaterland")!.Uitkomst);
        Assert.Equal(PersberichtStatus.Gereed, p.Status);
        Assert.Equal(5, p.Release(Later(200)).Vrijgaven.Count);
    }

    [Fact]
    public void RegistreerBesluit_EarlierAangehoudenArrivesAfterLaterConform_ConformCountsWithoutNotification()
    {
        var p = GoedgekeurdPersbericht();
        foreach (var g in Gemeenten.Where(g => g != "staphorst"))
        {
            p.RegistreerBesluit(g, BesluitUitkomst.Conform, $"evt-{g}", Collegedag, Later(1));
        }

        p.RegistreerBesluit("staphorst", BesluitUitkomst.Conform, "evt-sta-2", Collegedag.AddDays(7), Later(2));
        var laat = p.RegistreerBesluit("staphorst", BesluitUitkomst.Aangehouden, "evt-sta-1", Collegedag, Later(3));

        Assert.Empty(laat.Meldingen);
        Assert.Contains("telt niet", Assert.Single(laat.Gebeurtenissen).Toelichting);
        Assert.Equal("evt-sta-2", p.BesluitVan("staphorst")!.BesluitId);
        Assert.Equal(5, p.Release(Later(3)).Vrijgaven.Count);
    }

    [Fact]
    public void RegistreerBesluit_AangehoudenDeliveredTwice_NotifiesOnce()
    {
        var p = GoedgekeurdPersbericht();

        var eerste = p.RegistreerBesluit("staphorst", BesluitUitkomst.Aangehouden, "evt-1", Collegedag, Later(1));
        var tweede = p.RegistreerBesluit("staphorst", BesluitUitkomst.Aangehouden, "evt-1", Collegedag, Later(2));

        Assert.Single(eerste.Meldingen);
        Assert.True(tweede.IsLeeg);
    }

    [Fact]
    public void RegistreerBesluit_AangehoudenAgainAtLaterMeeting_NotifiesAgain()
    {
        var p = GoedgekeurdPersbericht();
        p.RegistreerBesluit("staphorst", BesluitUitkomst.Aangehouden, "evt-1", Collegedag, Later(1));

        var opnieuw = p.RegistreerBesluit("staphorst", BesluitUitkomst.Aangehouden, "evt-2", Collegedag.AddDays(7), Later(200));

        Assert.Equal(MeldingSoort.BesluitAangehouden, Assert.Single(opnieuw.Meldingen).Soort);
        Assert.Equal(PersberichtStatus.Aangehouden, p.Status);
    }

    [Fact]
    public void Release_BeforeEmbargoMoment_NothingThenAllAtTheMoment()
    {
        var embargo = Later(48);
        var p = GoedgekeurdPersbericht(embargo);
        foreach (var g in Gemeenten)
        {
            Assert.Empty(Besluit(p, g, BesluitUitkomst.Conform, Later(1)));
        }

        var oordeel = EmbargoBewaker.Beoordeel(p, Later(2));
        Assert.False(oordeel.VrijgaveNodig);
        Assert.Equal(PersberichtStatus.Gereed, oordeel.Status);
        Assert.Equal(embargo, oordeel.VolgendeControle);
        Assert.Empty(p.Release(embargo.AddTicks(-1)).Vrijgaven);

        Assert.True(EmbargoBewaker.Beoordeel(p, embargo).VrijgaveNodig);
        var vrijgaven = p.Release(embargo).Vrijgaven;

        Assert.Equal(5, vrijgaven.Count);
        Assert.All(vrijgaven, v => Assert.Equal(embargo, v.VrijgegevenOp));
        Assert.Empty(p.Release(embargo.AddHours(1)).Vrijgaven);
        Assert.False(EmbargoBewaker.Beoordeel(p, embargo.AddHours(1)).VrijgaveNodig);
    }

    [Fact]
    public void StelEmbargoIn_ByLeadAdvisor_MovesTheMoment()
    {
        var p = GoedgekeurdPersbericht(Later(48));
        foreach (var g in Gemeenten)
        {
            p.RegistreerBesluit(g, BesluitUitkomst.Conform, $"evt-{g}", Collegedag, Later(1));
        }

        var resultaat = p.StelEmbargoIn(Org, Comm(Penvoerder), null, Later(2));

        Assert.Equal(Comm(Penvoerder), Assert.Single(resultaat.Gebeurtenissen).Actor);
        Assert.Equal(5, p.Release(Later(2)).Vrijgaven.Count);
    }

    [Fact]
    public void StelEmbargoIn_MomentInPast_ArgumentExceptionNamingField()
    {
        var p = GoedgekeurdPersbericht();

        var ex = Assert.Throws<ArgumentException>(() => p.StelEmbargoIn(Org, Comm(Penvoerder), Later(-1), Later(0)));
        Assert.Equal("embargoTot", ex.ParamName);
    }

    [Fact]
    public void EmbargoBewaker_WaitingOnDecisions_NoTimerAndReasonNamesMunicipality()
    {
        var p = GoedgekeurdPersbericht(Later(48));
        p.RegistreerBesluit("meppel", BesluitUitkomst.Conform, "evt-m", Collegedag, Later(1));

        var oordeel = EmbargoBewaker.Beoordeel(p, Later(100));

        Assert.False(oordeel.VrijgaveNodig);
        Assert.Equal(PersberichtStatus.WachtOpBesluiten, oordeel.Status);
        Assert.Null(oordeel.VolgendeControle);
        Assert.Contains("Westerveld", oordeel.Reden);
        Assert.DoesNotContain("Meppel", oordeel.Reden);
    }

    [Fact]
    public void ReleaseVoorDeelverzameling_AfterNietAkkoord_ReleasesOnlyTheNamedWithReason()
    {
        var p = AllenConformBehalve("westerveld", BesluitUitkomst.NietAkkoord);
        var deel = Gemeenten.Where(g => g != "westerveld").ToList();

        var resultaat = p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), deel, "Westerveld doet niet mee; de anderen publiceren.", Later(3));

        Assert.Equal(deel, resultaat.Vrijgaven.Select(v => v.Gemeente));
        Assert.All(resultaat.Vrijgaven, v =>
        {
            Assert.Equal("Westerveld doet niet mee; de anderen publiceren.", v.Reden);
            Assert.Equal(Comm(Penvoerder), v.Door);
            var gemeenten = v.Inhoud.GetProperty("citaten").EnumerateArray().Select(c => c.GetProperty("gemeente").GetString()).ToList();
            Assert.Equal(deel.Select(Naam), gemeenten);
        });
        Assert.Equal(4, resultaat.Gebeurtenissen.Count);
        Assert.Equal(PersberichtStatus.DeelsVrijgegeven, p.Status);
        Assert.Empty(p.Release(Later(4)).Vrijgaven);
        Assert.False(p.IsVrijgegeven("westerveld"));
    }

    [Theory]
    [InlineData("westerveld")]
    [InlineData("staphorst")]
    public void ReleaseVoorDeelverzameling_GemeenteNotDecidedPositively_ConflictAndUnchanged(string gemeente)
    {
        var p = GoedgekeurdPersbericht();
        p.RegistreerBesluit("meppel", BesluitUitkomst.Conform, "evt-m", Collegedag, Later(1));
        p.RegistreerBesluit("westerveld", BesluitUitkomst.NietAkkoord, "evt-w", Collegedag, Later(1));
        var before = ToJson(p);

        Assert.Throws<DossierStateException>(() => p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["meppel", gemeente], "reden", Later(2)));
        AssertUnchanged(before, p);
    }

    [Fact]
    public void ReleaseVoorDeelverzameling_SameGemeenteTwice_ConflictSecondTime()
    {
        var p = AllenConformBehalve("westerveld", BesluitUitkomst.NietAkkoord);
        Assert.Single(p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["meppel"], "eerst Meppel", Later(3)).Vrijgaven);
        var before = ToJson(p);

        Assert.Throws<DossierStateException>(() => p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["staphorst", "meppel"], "nog eens", Later(4)));
        AssertUnchanged(before, p);
        Assert.Single(p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["staphorst"], "dan Staphorst", Later(5)).Vrijgaven);
        Assert.Equal(2, p.Vrijgaven.Count);
    }

    [Fact]
    public void ReleaseVoorDeelverzameling_ByParticipantAdvisor_Forbidden()
    {
        var p = AllenConformBehalve("westerveld", BesluitUitkomst.NietAkkoord);

        Assert.Throws<DossierForbiddenException>(() => p.ReleaseVoorDeelverzameling(Org, Comm("staphorst"), ["staphorst"], "reden", Later(3)));
        Assert.Throws<DossierForbiddenException>(() => p.ReleaseVoorDeelverzameling(Org, Med(Penvoerder), ["staphorst"], "reden", Later(3)));
        Assert.Empty(p.Vrijgaven);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReleaseVoorDeelverzameling_NoReason_ArgumentExceptionNamingField(string reden)
    {
        var p = AllenConformBehalve("westerveld", BesluitUitkomst.NietAkkoord);

        var ex = Assert.Throws<ArgumentException>(() => p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["staphorst"], reden, Later(3)));
        Assert.Equal("reden", ex.ParamName);
    }

    [Fact]
    public void ReleaseVoorDeelverzameling_BeforeEmbargo_Conflict()
    {
        var p = GoedgekeurdPersbericht(Later(48));
        p.RegistreerBesluit("meppel", BesluitUitkomst.Conform, "evt-m", Collegedag, Later(1));

        Assert.Throws<DossierStateException>(() => p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["meppel"], "reden", Later(2)));
        Assert.Single(p.ReleaseVoorDeelverzameling(Org, Comm(Penvoerder), ["meppel"], "reden", Later(48)).Vrijgaven);
    }

    [Fact]
    public void Release_AllDecidedButOneNotApproved_NothingUntilApproved()
    {
        var p = NieuwPersbericht();
        foreach (var g in Gemeenten)
        {
            p.VulBijdrageAan(Org, Schema, Comm(g), g, Citaat(g), Contact(g), Maandag);
            if (g != "staphorst")
            {
                p.GeefAkkoord(Org, Comm(g), g, Maandag);
            }
        }

        foreach (var g in Gemeenten)
        {
            Assert.Empty(Besluit(p, g, BesluitUitkomst.Conform, Later(1)));
        }

        Assert.Equal(PersberichtStatus.WachtOpAkkoord, p.Status);
        p.GeefAkkoord(Org, Comm("staphorst"), "staphorst", Later(2));
        Assert.Equal(5, p.Release(Later(2)).Vrijgaven.Count);
    }

    [Fact]
    public void GeefAkkoord_WithoutQuoteAndContact_Conflict()
    {
        var p = NieuwPersbericht();

        Assert.Throws<DossierStateException>(() => p.GeefAkkoord(Org, Comm("staphorst"), "staphorst", Later(1)));
    }

    [Fact]
    public void GeefAkkoord_AdvisorOfOtherMunicipality_ForbiddenAndUnchanged()
    {
        var p = NieuwPersbericht();
        p.VulBijdrageAan(Org, Schema, Comm("westerveld"), "westerveld", Citaat("westerveld"), Contact("westerveld"), Maandag);
        var before = ToJson(p);

        Assert.Throws<DossierForbiddenException>(() => p.GeefAkkoord(Org, Comm("steenwijkerland"), "westerveld", Later(1)));
        Assert.Throws<DossierForbiddenException>(() => p.GeefAkkoord(Org, Comm(Penvoerder), "westerveld", Later(1)));
        AssertUnchanged(before, p);
    }

    [Fact]
    public void GeefAkkoord_ActiveSubstituteOfAdvisor_Allowed()
    {
        var p = NieuwPersbericht();
        p.VulBijdrageAan(Org, Schema, Med("staphorst"), "staphorst", Citaat("staphorst"), Contact("staphorst"), Maandag);

        var resultaat = p.GeefAkkoord(Org, Med("staphorst"), "staphorst", Maandag);

        Assert.Equal(Med("staphorst"), Assert.Single(resultaat.Gebeurtenissen).Actor);
        Assert.Throws<DossierForbiddenException>(() => p.GeefAkkoord(Org, Med("staphorst"), "staphorst", Maandag.AddDays(40)));
    }

    [Fact]
    public void VulBijdrageAan_AdvisorOfOtherMunicipality_Forbidden()
    {
        var p = NieuwPersbericht();

        Assert.Throws<DossierForbiddenException>(() =>
            p.VulBijdrageAan(Org, Schema, Comm("westerveld"), "staphorst", Citaat("staphorst"), Contact("staphorst"), Maandag));
    }

    [Fact]
    public void VulBijdrageAan_QuoteTooLong_ArgumentExceptionNamingField()
    {
        var p = NieuwPersbericht();
        var citaat = Citaat("staphorst") with { Citaat = new string('x', 1001) };

        var ex = Assert.Throws<ArgumentException>(() => p.VulBijdrageAan(Org, Schema, Comm("staphorst"), "staphorst", citaat, Contact("staphorst"), Maandag));
        Assert.Equal("citaat", ex.ParamName);
        Assert.Contains("citaat.citaat", ex.Message);
    }

    [Fact]
    public void VulBijdrageAan_ContactWithoutPhone_ArgumentExceptionNamingField()
    {
        var p = NieuwPersbericht();

        var ex = Assert.Throws<ArgumentException>(() =>
            p.VulBijdrageAan(Org, Schema, Comm("staphorst"), "staphorst", Citaat("staphorst"), Contact("staphorst") with { Telefoon = " " }, Maandag));
        Assert.Equal("contact", ex.ParamName);
        Assert.Contains("contact.telefoon", ex.Message);
    }

    [Fact]
    public void VulBijdrageAan_AfterApproval_ResetsOnlyOwnApproval()
    {
        var p = GoedgekeurdPersbericht();

        p.VulBijdrageAan(Org, Schema, Comm("staphorst"), "staphorst", Citaat("staphorst") with { Citaat = "Anders gezegd." }, Contact("staphorst"), Later(1));

        Assert.All(p.Deelnemers, d => Assert.Equal(d.Gemeente == "staphorst", d.Akkoord is null));
        Assert.Equal(PersberichtStatus.WachtOpAkkoord, p.Status);
    }

    [Fact]
    public void WijzigTekst_AfterApprovals_ResetsEveryApprovalAndBlocksRelease()
    {
        var p = GoedgekeurdPersbericht();

        var resultaat = p.WijzigTekst(Org, Schema, Comm(Penvoerder), Tekst("Vijf gemeenten werken samen"), Later(1));
        foreach (var g in Gemeenten)
        {
            Assert.Empty(Besluit(p, g, BesluitUitkomst.Conform, Later(2)));
        }

        Assert.Equal(2, p.TekstVersie);
        Assert.All(p.Deelnemers, d => Assert.Null(d.Akkoord));
        Assert.Contains("akkoord vervallen", Assert.Single(resultaat.Gebeurtenissen).Toelichting);
        Assert.Equal(PersberichtStatus.WachtOpAkkoord, p.Status);

        foreach (var g in Gemeenten)
        {
            p.GeefAkkoord(Org, Comm(g), g, Later(3));
        }

        var vrijgaven = p.Release(Later(3)).Vrijgaven;
        Assert.Equal(5, vrijgaven.Count);
        Assert.All(vrijgaven, v => Assert.Equal("Vijf gemeenten werken samen", v.Inhoud.GetProperty("kop").GetString()));
    }

    [Fact]
    public void WijzigTekst_SameText_KeepsApprovals()
    {
        var p = GoedgekeurdPersbericht();

        Assert.True(p.WijzigTekst(Org, Schema, Comm(Penvoerder), Tekst(), Later(1)).IsLeeg);
        Assert.All(p.Deelnemers, d => Assert.NotNull(d.Akkoord));
        Assert.Equal(1, p.TekstVersie);
    }

    [Fact]
    public void WijzigTekst_ByParticipantAdvisor_Forbidden()
    {
        var p = GoedgekeurdPersbericht();

        Assert.Throws<DossierForbiddenException>(() => p.WijzigTekst(Org, Schema, Comm("staphorst"), Tekst("Anders"), Later(1)));
    }

    [Fact]
    public void WijzigTekst_AfterRelease_Conflict()
    {
        var p = AllenConformBehalve("meppel", BesluitUitkomst.Conform);
        Assert.Equal(5, p.Release(Later(3)).Vrijgaven.Count);

        Assert.Throws<DossierStateException>(() => p.WijzigTekst(Org, Schema, Comm(Penvoerder), Tekst("Te laat"), Later(4)));
    }

    [Fact]
    public void Create_ByNonCommunicatieadviseurOfLead_Forbidden()
    {
        Assert.Throws<DossierForbiddenException>(() => Persbericht.Create(Org, Schema, Voorstel(), "pb", Med(Penvoerder), Tekst(), null, Maandag));
        Assert.Throws<DossierForbiddenException>(() => Persbericht.Create(Org, Schema, Voorstel(), "pb", Comm("staphorst"), Tekst(), null, Maandag));
    }

    [Theory]
    [InlineData("citaten")]
    [InlineData("contacten")]
    [InlineData("afzender")]
    public void Create_SharedTextWithLocalField_ArgumentExceptionNamingField(string veld)
    {
        var tekst = JsonSerializer.SerializeToElement(
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Tekst().GetRawText())!.Append(new(veld, JsonSerializer.SerializeToElement("x"))).ToDictionary());

        var ex = Assert.Throws<ArgumentException>(() => Persbericht.Create(Org, Schema, Voorstel(), "pb", Comm(Penvoerder), tekst, null, Maandag));
        Assert.Equal("tekst", ex.ParamName);
        Assert.Contains($"tekst.{veld}", ex.Message);
    }

    [Fact]
    public void Create_KopTooLongAndLeadMissing_ArgumentExceptionListingBoth()
    {
        var tekst = JsonSerializer.SerializeToElement(new { kop = new string('k', 151), plaats = "Meppel", datum = "10 maart 2026", alineas = new[] { new { tekst = "a" } } });

        var ex = Assert.Throws<ArgumentException>(() => Persbericht.Create(Org, Schema, Voorstel(), "pb", Comm(Penvoerder), tekst, null, Maandag));
        Assert.Contains("tekst.kop", ex.Message);
        Assert.Contains("tekst.lead", ex.Message);
    }

    [Fact]
    public void Release_Deliveries_AreValidPersberichtDataPerMunicipality()
    {
        var p = AllenConformBehalve("westerveld", BesluitUitkomst.Gewijzigd);

        var vrijgaven = p.Release(Later(3)).Vrijgaven;

        Assert.Equal(Gemeenten, vrijgaven.Select(v => v.Gemeente));
        foreach (var v in vrijgaven)
        {
            Assert.Empty(Schema.Validate(v.Inhoud));
            Assert.Equal($"Gemeente {Naam(v.Gemeente)}", v.Inhoud.GetProperty("afzender").GetString());
            Assert.Equal(Gemeenten.Select(Naam), v.Inhoud.GetProperty("contacten").EnumerateArray().Select(c => c.GetProperty("gemeente").GetString()));
            Assert.Equal(Tekst().GetProperty("lead").GetString(), v.Inhoud.GetProperty("lead").GetString());
            Assert.Null(v.Reden);
            Assert.Equal(SamenwerkingGebeurtenis.Systeem, v.Door);
        }

        Assert.Single(vrijgaven.Select(v => v.Inhoud.GetProperty("citaten").GetRawText()).Distinct());
    }

    [Fact]
    public void Release_AuditEvents_AppendToAValidChain()
    {
        var p = AllenConformBehalve("meppel", BesluitUitkomst.Conform);
        var gebeurtenissen = p.Release(Later(3)).Gebeurtenissen;

        AuditEntry? vorige = null;
        var entries = new List<AuditEntry>();
        foreach (var g in gebeurtenissen)
        {
            vorige = g.NaarAudit(vorige, "test");
            entries.Add(vorige);
        }

        Assert.Equal(5, entries.Count);
        Assert.Equal(Gemeenten.Select(g => $"persbericht/pb-1/{g}"), entries.Select(e => e.Object));
        Assert.True(AuditChain.Verify(entries).IsValid);
    }

    [Fact]
    public void BesluitAfterRelease_IsRecordedWithoutNotificationOrNewRelease()
    {
        var p = AllenConformBehalve("meppel", BesluitUitkomst.Conform);
        Assert.Equal(5, p.Release(Later(3)).Vrijgaven.Count);

        var resultaat = p.RegistreerBesluit("staphorst", BesluitUitkomst.NietAkkoord, "evt-laat", Collegedag.AddDays(14), Later(400));

        Assert.Empty(resultaat.Meldingen);
        Assert.Single(resultaat.Gebeurtenissen);
        Assert.Empty(p.Release(Later(401)).Vrijgaven);
        Assert.Equal(PersberichtStatus.Vrijgegeven, p.Status);
    }

    [Fact]
    public void JsonRoundTrip_MidProcess_SameStateAndSameContinuation()
    {
        var p = GoedgekeurdPersbericht(Later(24));
        p.RegistreerBesluit("zwartewaterland", BesluitUitkomst.Aangehouden, "evt-zwl-1", Collegedag, Later(1));
        foreach (var g in Gemeenten.Where(g => g != "zwartewaterland"))
        {
            p.RegistreerBesluit(g, BesluitUitkomst.Conform, $"evt-{g}", Collegedag, Later(1));
        }

        var json = ToJson(p);
        var kopie = FromJson<Persbericht>(json);

        Assert.Equal(json, ToJson(kopie));
        Assert.Equal(p.Status, kopie.Status);
        Assert.Contains("\"conform\"", json);
        foreach (var x in new[] { p, kopie })
        {
            Assert.True(x.RegistreerBesluit("zwartewaterland", BesluitUitkomst.Aangehouden, "evt-zwl-1", Collegedag, Later(2)).IsLeeg);
            x.RegistreerBesluit("zwartewaterland", BesluitUitkomst.Conform, "evt-zwl-2", Collegedag.AddDays(7), Later(30));
        }

        var origineel = p.Release(Later(30)).Vrijgaven;
        var hersteld = kopie.Release(Later(30)).Vrijgaven;
        Assert.Equal(5, hersteld.Count);
        Assert.Equal(ToJson(origineel), ToJson(hersteld));
        Assert.Equal(ToJson(p), ToJson(kopie));
        var nogmaals = FromJson<Persbericht>(ToJson(kopie));
        Assert.Empty(nogmaals.Release(Later(31)).Vrijgaven);
    }
}
