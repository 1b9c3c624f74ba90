using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class OrganisatieConfigTests
{
    private static IReadOnlyList<ConfigFout> Fouten(Action<JsonObject> change)
    {
        Assert.False(OrganisatieConfig.TryLoad(TestOrganisatie.With(change), out var config, out var fouten));
        Assert.Null(config);
        return fouten;
    }

    private static JsonObject Persoon(JsonObject root, int index) => root["personen"]![index]!.AsObject();

    private static JsonObject Route(JsonObject root) => root["gemeenten"]![0]!["route"]!.AsObject();

    [Fact]
    public void Load_SampleOrganisatie_HasNineMunicipalitiesInTwoCooperations()
    {
        var sample = TestOrganisatie.Sample;

        Assert.Equal(
            ["steenwijkerland", "staphorst", "zwartewaterland", "westerveld", "meppel", "bedum", "de-marne", "winsum", "eemsmond"],
            sample.Gemeenten.Select(g => g.Slug));
        Assert.All(sample.Gemeenten.Take(5), g => Assert.Equal(["SSWZM"], g.Samenwerkingsverbanden));
        Assert.All(sample.Gemeenten.Skip(5), g => Assert.Equal(["BMWE"], g.Samenwerkingsverbanden));
        Assert.Empty(sample.Validate());
    }

    [Fact]
    public void Load_SampleOrganisatie_EveryMunicipalityHasEveryRoleAndItsOwnRoute()
    {
        var sample = TestOrganisatie.Sample;

        foreach (var gemeente in sample.Gemeenten)
        {
            Assert.All(Enum.GetValues<Rol>().Except([Rol.Uitvoeringsorganisatie]), rol => Assert.NotEmpty(sample.PersonenMetRol(gemeente.Slug, rol)));
        }

        // The executing organisation belongs to a cooperation, not to each municipality: one per cooperation.
        Assert.All(sample.Gemeenten.SelectMany(g => g.Samenwerkingsverbanden).Distinct(), verband =>
            Assert.Contains(sample.Personen, p => p.HasRol(Rol.Uitvoeringsorganisatie) && p.Samenwerkingsverband == verband));

        var routes = sample.Gemeenten.Select(g => string.Join(">", g.Route.Stappen.Select(s => string.Join("+", s.Rollen) + s.When))).ToList();
        Assert.True(routes.Distinct().Count() >= 6, "the sample municipalities should differ in their routes");
        Assert.Contains(sample.Gemeenten, g => g.Route.Stappen.Any(s => s.Rollen.Count > 1));
        Assert.Contains(sample.Gemeenten, g => g.Route.Stappen.Any(s => s.When is not null));
        Assert.Contains(sample.Gemeenten, g => g.Route.Stappen.Any(s => s.Rollen.Contains("teamleider")));
        Assert.Equal(3, sample.Gemeenten.Select(g => g.Route.Herstart.ParsedRegel).Distinct().Count());
        Assert.True(sample.Vervangingen.Count >= 3);
    }

    [Theory]
    [InlineData("119")]
    [InlineData("gm0119")]
    [InlineData("01190")]
    public void Load_GemeentecodeNotFourDigits_ErrorAtTheField(string code)
    {
        var fout = Assert.Single(Fouten(root => root["gemeenten"]![0]!["gemeentecode"] = code));
        Assert.Equal("$.gemeenten[0].gemeentecode", fout.Pad);
    }

    [Fact]
    public void TooiUri_WithAndWithoutGemeentecode_IdentifierOrNull()
    {
        Assert.Equal("https://identifier.overheid.nl/tooi/id/gemeente/gm0119", TestOrganisatie.Sample.GetGemeente("meppel").TooiUri);
        Assert.Null(new Gemeente { Slug = "elders", Naam = "Elders" }.TooiUri);
    }

    [Fact]
    public void Load_SampleOrganisatie_UsesNoNamesFromTheReferenceDocument()
    {
        Assert.DoesNotContain(TestOrganisatie.Sample.Personen, p => p.Naam.Contains("Weistra") || p.Naam.Contains("Terp"));
    }

    [Fact]
    public void Load_ValidTestOrganisatie_ResolvesRolesByAfdelingAndPortefeuille()
    {
        var org = TestOrganisatie.Load();

        Assert.Equal(["tst-am"], org.ResolveRol("testdorp", Rol.Afdelingsmanager, "Samenleving", "sociaal domein").Select(p => p.Id));
        Assert.Equal(["tst-am-b"], org.ResolveRol("testdorp", Rol.Afdelingsmanager, "Ruimte", "sociaal domein").Select(p => p.Id));
        Assert.Equal(["tst-weth-fin"], org.ResolveRol("testdorp", Rol.Portefeuillehouder, null, "Financiën").Select(p => p.Id));
        Assert.Equal(["tst-cs"], org.ResolveRol("testdorp", Rol.Concernstaf, null, "sociaal domein").Select(p => p.Id));
    }

    [Fact]
    public void Load_InvalidJson_ThrowsWithLocation()
    {
        var ex = Assert.Throws<OrganisatieConfigException>(() => OrganisatieConfig.Load("""{ "gemeenten": [ { "slug": 12 } ] }"""));

        var fout = Assert.Single(ex.Fouten);
        Assert.Equal("$.gemeenten[0].slug", fout.Pad);
        Assert.Contains("invalid JSON", fout.Reden);
    }

    [Fact]
    public void Load_InvalidConfig_ExceptionMessageListsEveryError()
    {
        var json = TestOrganisatie.With(root =>
        {
            Persoon(root, 0)["rollen"] = new JsonArray("schrijver");
            Persoon(root, 1)["gemeente"] = "nergenshuizen";
        });

        var ex = Assert.Throws<OrganisatieConfigException>(() => OrganisatieConfig.Load(json));

        Assert.Contains("$.personen[0].rollen[0]: unknown role 'schrijver'", ex.Message);
        Assert.Contains("$.personen[1].gemeente: unknown gemeente 'nergenshuizen'", ex.Message);
    }

    [Fact]
    public void Validate_UnknownRole_ReportsRolePath()
    {
        var fouten = Fouten(root => Persoon(root, 4)["rollen"] = new JsonArray("concernstaf", "koffiejuffrouw"));

        var fout = Assert.Single(fouten);
        Assert.Equal("$.personen[4].rollen[1]", fout.Pad);
        Assert.Contains("unknown role 'koffiejuffrouw'", fout.Reden);
    }

    [Fact]
    public void Validate_DuplicatePersonId_ReportsSecondOccurrence()
    {
        var fouten = Fouten(root => Persoon(root, 5)["id"] = "TST-CS");

        Assert.Contains(fouten, f => f.Pad == "$.personen[5].id" && f.Reden.Contains("duplicate person id"));
    }

    [Fact]
    public void Validate_DuplicateGemeenteSlug_Reported()
    {
        var fouten = Fouten(root => root["gemeenten"]![1]!["slug"] = "testdorp");

        Assert.Contains(fouten, f => f.Pad == "$.gemeenten[1].slug" && f.Reden.Contains("duplicate gemeente slug"));
    }

    [Fact]
    public void Validate_PersonInUnknownGemeente_Reported()
    {
        var fouten = Fouten(root => Persoon(root, 2)["gemeente"] = "atlantis");

        Assert.Contains(new ConfigFout("$.personen[2].gemeente", "unknown gemeente 'atlantis'"), fouten);
    }

    [Fact]
    public void Validate_RouteRoleNobodyInGemeenteHas_ReportsStepPath()
    {
        // Remove the only jurist of testdorp; the parallel step still names juridischezaken.
        var fouten = Fouten(root => Persoon(root, 5)["rollen"] = new JsonArray("concernstaf"));

        Assert.Contains(new ConfigFout("$.gemeenten[0].route.stappen[1].rollen[1]", "nobody in gemeente 'testdorp' has role 'juridischezaken'"), fouten);
    }

    [Fact]
    public void Validate_AfdelingWithoutAfdelingsmanager_Reported()
    {
        var fouten = Fouten(root => Persoon(root, 1)["afdeling"] = "Dienstverlening");

        Assert.Contains(fouten, f => f.Pad == "$.gemeenten[0].route.stappen[0].rollen[0]" && f.Reden.Contains("afdeling 'Dienstverlening'"));
    }

    [Fact]
    public void Validate_SubstituteEndBeforeStart_Reported()
    {
        var fouten = Fouten(root => root["vervangingen"]![0]!["tot"] = "2026-02-01");

        Assert.Contains(new ConfigFout("$.vervangingen[0].tot", "end 2026-02-01 is before start 2026-03-01"), fouten);
    }

    [Fact]
    public void Validate_SubstituteUnknownOrOtherGemeente_Reported()
    {
        var fouten = Fouten(root =>
        {
            root["vervangingen"]![0]!["vervanger"] = "spook";
            root["vervangingen"]![1]!["vervanger"] = "and-am";
        });

        Assert.Contains(new ConfigFout("$.vervangingen[0].vervanger", "unknown person 'spook'"), fouten);
        Assert.Contains(fouten, f => f.Pad == "$.vervangingen[1].vervanger" && f.Reden.Contains("works for 'anderdorp'"));
    }

    [Fact]
    public void Validate_UnknownCondition_ReportsWhenPath()
    {
        var fouten = Fouten(root => Route(root)["stappen"]![2]!["when"] = "grootProject");

        Assert.Contains(fouten, f => f.Pad == "$.gemeenten[0].route.stappen[2].when" && f.Reden.Contains("unknown condition 'grootProject'"));
    }

    [Fact]
    public void Validate_PortefeuillehouderNotLast_Reported()
    {
        var fouten = Fouten(root =>
        {
            var stappen = Route(root)["stappen"]!.AsArray();
            var laatste = stappen[4]!;
            stappen.RemoveAt(4);
            stappen.Insert(0, laatste);
        });

        Assert.Contains(fouten, f => f.Pad == "$.gemeenten[0].route.stappen[0].rollen[0]" && f.Reden.Contains("must be the last step"));
        Assert.Contains(fouten, f => f.Pad == "$.gemeenten[0].route.stappen[4]" && f.Reden.Contains("last step must be the portefeuillehouder"));
    }

    [Theory]
    [InlineData("""{ "regel": "vanafGisteren" }""", "$.gemeenten[0].route.herstart.regel")]
    [InlineData("""{ "regel": "1" }""", "$.gemeenten[0].route.herstart.regel")]
    [InlineData("""{ "regel": "vanafStap, vanafEersteStap", "stap": 1 }""", "$.gemeenten[0].route.herstart.regel")]
    [InlineData("""{ "regel": "vanafStap" }""", "$.gemeenten[0].route.herstart.stap")]
    [InlineData("""{ "regel": "vanafStap", "stap": 6 }""", "$.gemeenten[0].route.herstart.stap")]
    [InlineData("""{ "regel": "vanafEersteStap", "stap": 2 }""", "$.gemeenten[0].route.herstart.stap")]
    public void Validate_BadHerstart_ReportsHerstartPath(string herstart, string pad)
    {
        var fouten = Fouten(root => Route(root)["herstart"] = JsonNode.Parse(herstart));

        Assert.Equal(pad, Assert.Single(fouten).Pad);
    }

    [Fact]
    public void Validate_EscalationNotAfterReminder_Reported()
    {
        var fouten = Fouten(root => Route(root)["escalatieNaWerkdagen"] = 3);

        Assert.Equal("$.gemeenten[0].route.escalatieNaWerkdagen", Assert.Single(fouten).Pad);
    }

    [Fact]
    public void Validate_PortefeuillehouderWithoutPortefeuille_Reported()
    {
        var fouten = Fouten(root => Persoon(root, 9)["portefeuilles"] = new JsonArray());

        Assert.Contains(new ConfigFout("$.personen[9].portefeuilles", "a portefeuillehouder needs at least one portefeuille"), fouten);
    }

    [Fact]
    public void Validate_TwoWethoudersSamePortefeuille_Reported()
    {
        var fouten = Fouten(root => Persoon(root, 9)["portefeuilles"] = new JsonArray("Sociaal Domein"));

        Assert.Contains(fouten, f => f.Pad == "$.personen[9].portefeuilles" && f.Reden.Contains("held by tst-weth-soc and tst-weth-fin"));
    }

    [Fact]
    public void Validate_GemeenteWithoutBestuurssecretariaat_Reported()
    {
        var fouten = Fouten(root => Persoon(root, 17)["rollen"] = new JsonArray("medewerker"));

        Assert.Contains(new ConfigFout("$.gemeenten[1]", "nobody in gemeente 'anderdorp' has role 'bestuurssecretariaat'"), fouten);
    }

    [Fact]
    public void Validate_MissingFields_ReportsEachRequiredField()
    {
        var fouten = Fouten(root => root["personen"]!.AsArray().Add(new JsonObject()));

        // The added person comes after the test organisation's own people, however many there are.
        var i = JsonNode.Parse(TestOrganisatie.Json)!["personen"]!.AsArray().Count;
        Assert.Equal(
            [$"$.personen[{i}].id", $"$.personen[{i}].naam", $"$.personen[{i}].initialen", $"$.personen[{i}].email", $"$.personen[{i}].gemeente", $"$.personen[{i}].rollen"],
            fouten.Select(f => f.Pad));
    }

    [Fact]
    public void Validate_SeveralMistakes_ReportsAllOfThem()
    {
        var fouten = Fouten(root =>
        {
            Persoon(root, 0)["rollen"] = new JsonArray("medewerker", "stagiair");
            Persoon(root, 3)["id"] = "tst-am";
            Persoon(root, 6)["email"] = "geen-adres";
            root["gemeenten"]![1]!["slug"] = "Ander Dorp";
            root["vervangingen"]![1]!["tot"] = "2025-12-31";
        });

        var paden = fouten.Select(f => f.Pad).ToList();
        Assert.Contains("$.personen[0].rollen[1]", paden);
        Assert.Contains("$.personen[3].id", paden);
        Assert.Contains("$.personen[6].email", paden);
        Assert.Contains("$.gemeenten[1].slug", paden);
        Assert.Contains("$.vervangingen[1].tot", paden);
    }

    [Fact]
    public void Validate_UitvoeringsorganisatieWithoutOrOutsideCooperation_Reported()
    {
        var zonder = Fouten(root => Persoon(root, 2)["rollen"] = new JsonArray("uitvoeringsorganisatie"));
        var elders = Fouten(root =>
        {
            Persoon(root, 2)["rollen"] = new JsonArray("uitvoeringsorganisatie");
            Persoon(root, 2)["samenwerkingsverband"] = "ATLANTIS";
        });
        var geenRol = Fouten(root => Persoon(root, 3)["samenwerkingsverband"] = "SSWZM");

        Assert.Contains(zonder, f => f.Pad == "$.personen[2].samenwerkingsverband" && f.Reden.Contains("needs the samenwerkingsverband"));
        Assert.Contains(elders, f => f.Pad == "$.personen[2].samenwerkingsverband" && f.Reden.Contains("does not take part in 'ATLANTIS'"));
        Assert.Contains(geenRol, f => f.Pad == "$.personen[3].samenwerkingsverband" && f.Reden.Contains("only an uitvoeringsorganisatie"));
    }
}
