using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

/// <summary>
/// A small organisation written for the tests, so a guard test does not depend on the sample file's people:
/// gemeente "testdorp" with route afdelingsmanager → concernstaf + juridische zaken (parallel) →
/// financiën (only with financiële gevolgen) → gemeentesecretaris → portefeuillehouder, and a neighbour "anderdorp".
/// </summary>
internal static class TestOrganisatie
{
    /// <summary>Monday 2 March 2026, 09:00 Dutch time.</summary>
    public static readonly DateTimeOffset Maandag = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateOnly Vergadering = new(2026, 3, 17);

    public const string Auteur = "tst-auteur";

    /// <summary>Stands in for the author from 9 to 13 March 2026.</summary>
    public const string AuteurVervanger = "tst-auteur-b";
    public const string Afdelingsmanager = "tst-am";
    public const string AfdelingsmanagerAnders = "tst-am-b";
    public const string Concernstaf = "tst-cs";
    public const string Jurist = "tst-jz";
    public const string Financien = "tst-fin";
    public const string Secretaris = "tst-sec";
    public const string WethouderSociaal = "tst-weth-soc";
    public const string WethouderFinancien = "tst-weth-fin";
    public const string Bestuurssecretariaat = "tst-bs";
    public const string Burgemeester = "tst-burg";
    public const string Vervanger = "tst-vervanger";
    public const string OudeVervanger = "tst-oud";
    public const string Buurman = "and-am";
    public const string BuurSecretariaat = "and-bs";
    public const string FunctioneelBeheerder = "tst-fb";

    public const string Json = """
    {
      "gemeenten": [
        {
          "slug": "testdorp", "naam": "Testdorp", "samenwerkingsverbanden": ["TEST"],
          "route": {
            "stappen": [
              { "rollen": ["afdelingsmanager"] },
              { "naam": "Concernstaf en juridische zaken", "rollen": ["concernstaf", "juridischezaken"] },
              { "rollen": ["financien"], "when": "financieleGevolgen" },
              { "rollen": ["gemeentesecretaris"] },
              { "rollen": ["portefeuillehouder"] }
            ],
            "herstart": { "regel": "vanafEersteStap" },
            "herinneringNaWerkdagen": 3,
            "escalatieNaWerkdagen": 5
          },
          "vrijeDagen": ["2026-03-13"]
        },
        {
          "slug": "anderdorp", "naam": "Anderdorp", "samenwerkingsverbanden": ["TEST"],
          "route": {
            "stappen": [ { "rollen": ["afdelingsmanager"] }, { "rollen": ["portefeuillehouder"] } ],
            "herstart": { "regel": "vanafEersteStap" }
          }
        }
      ],
      "personen": [
        { "id": "tst-auteur", "naam": "Annemiek Testers", "initialen": "A. Testers", "email": "a.testers@testdorp.voorbeeld.nl", "gemeente": "testdorp", "afdeling": "Samenleving", "rollen": ["medewerker"] },
        { "id": "tst-auteur-b", "naam": "Bert Bouwer", "initialen": "B. Bouwer", "email": "b.bouwer@testdorp.voorbeeld.nl", "gemeente": "testdorp", "afdeling": "Ruimte", "rollen": ["medewerker"] },
        { "id": "tst-am", "naam": "Marten Manders", "initialen": "M. Manders", "email": "m.manders@testdorp.voorbeeld.nl", "gemeente": "testdorp", "afdeling": "Samenleving", "rollen": ["afdelingsmanager"] },
        { "id": "tst-am-b", "naam": "Ria Ruimers", "initialen": "R. Ruimers", "email": "r.ruimers@testdorp.voorbeeld.nl", "gemeente": "testdorp", "afdeling": "Ruimte", "rollen": ["afdelingsmanager"] },
        { "id": "tst-cs", "naam": "Corrie Stafman", "initialen": "C. Stafman", "email": "c.stafman@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["concernstaf"] },
        { "id": "tst-jz", "naam": "Jurre Wetsma", "initialen": "J. Wetsma", "email": "j.wetsma@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["juridischezaken"] },
        { "id": "tst-fin", "naam": "Femke Geldhof", "initialen": "F. Geldhof", "email": "f.geldhof@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["financien"] },
        { "id": "tst-sec", "naam": "Sietse Schrijver", "initialen": "S. Schrijver", "email": "s.schrijver@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["gemeentesecretaris"] },
        { "id": "tst-weth-soc", "naam": "Wim Zorgdrager", "initialen": "W. Zorgdrager", "email": "w.zorgdrager@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["portefeuillehouder"], "portefeuilles": ["sociaal domein"] },
        { "id": "tst-weth-fin", "naam": "Frida Kasma", "initialen": "F. Kasma", "email": "f.kasma@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["portefeuillehouder"], "portefeuilles": ["financiën"] },
        { "id": "tst-bs", "naam": "Bea Notulist", "initialen": "B. Notulist", "email": "b.notulist@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["bestuurssecretariaat"] },
        { "id": "tst-vervanger", "naam": "Victor Invaller", "initialen": "V. Invaller", "email": "v.invaller@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["controller"] },
        { "id": "tst-oud", "naam": "Olga Oudgediende", "initialen": "O. Oudgediende", "email": "o.oudgediende@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["teamleider"] },
        { "id": "and-auteur", "naam": "Dirk Anders", "initialen": "D. Anders", "email": "d.anders@anderdorp.voorbeeld.nl", "gemeente": "anderdorp", "rollen": ["medewerker"] },
        { "id": "and-am", "naam": "Greet Buurman", "initialen": "G. Buurman", "email": "g.buurman@anderdorp.voorbeeld.nl", "gemeente": "anderdorp", "rollen": ["afdelingsmanager", "concernstaf", "juridischezaken"] },
        { "id": "and-sec", "naam": "Henk Overkant", "initialen": "H. Overkant", "email": "h.overkant@anderdorp.voorbeeld.nl", "gemeente": "anderdorp", "rollen": ["gemeentesecretaris"] },
        { "id": "and-weth", "naam": "Ina Naastgelegen", "initialen": "I. Naastgelegen", "email": "i.naastgelegen@anderdorp.voorbeeld.nl", "gemeente": "anderdorp", "rollen": ["portefeuillehouder"], "portefeuilles": ["sociaal domein"] },
        { "id": "and-bs", "naam": "Joke Verslag", "initialen": "J. Verslag", "email": "j.verslag@anderdorp.voorbeeld.nl", "gemeente": "anderdorp", "rollen": ["bestuurssecretariaat"] },
        { "id": "tst-burg", "naam": "Bram Voorzitter", "initialen": "B. Voorzitter", "email": "b.voorzitter@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["burgemeester"] },
        { "id": "tst-fb", "naam": "Fenna Beheer", "initialen": "F. Beheer", "email": "f.beheer@testdorp.voorbeeld.nl", "gemeente": "testdorp", "rollen": ["functioneelbeheerder"] }
      ],
      "vervangingen": [
        { "vervanger": "tst-vervanger", "vervangt": "tst-sec", "van": "2026-03-01", "tot": "2026-03-31" },
        { "vervanger": "tst-oud", "vervangt": "tst-am", "van": "2026-01-05", "tot": "2026-01-30" },
        { "vervanger": "tst-auteur-b", "vervangt": "tst-auteur", "van": "2026-03-09", "tot": "2026-03-13" }
      ]
    }
    """;

    public static OrganisatieConfig Load(string herstart = """{ "regel": "vanafEersteStap" }""") =>
        OrganisatieConfig.Load(With(root => root["gemeenten"]![0]!["route"]!["herstart"] = JsonNode.Parse(herstart)));

    /// <summary>The test organisation JSON after <paramref name="change"/>.</summary>
    public static string With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Json)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    public static OrganisatieConfig Sample { get; } =
        OrganisatieConfig.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Besluitvorming", "organisatie.json")));

    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    public static JsonElement Velden(string conceptbesluit = "Het college besluit: 1. het handvest vast te stellen.") =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["onderwerp"] = "Handvest samenwerking sociaal domein",
            [Dossier.ConceptbesluitVeld] = conceptbesluit,
            ["samenvatting"] = "Met het handvest wordt de samenwerking vastgelegd.",
        });

    public static Dossier NieuwDossier(OrganisatieConfig org, bool financieleGevolgen = false, string portefeuille = "sociaal domein") =>
        Dossier.Create(org, "dossier-1", "testdorp", Auteur, "Handvest samenwerking sociaal domein", portefeuille, Velden(), Hash("v1"), financieleGevolgen, Maandag);

    public static Dossier IngediendDossier(OrganisatieConfig org, bool financieleGevolgen = false)
    {
        var dossier = NieuwDossier(org, financieleGevolgen);
        dossier.Submit(org, Auteur, Maandag);
        return dossier;
    }

    public static string ToJson(Dossier dossier) => JsonSerializer.Serialize(dossier, BesluitvormingJson.Options);
}
