using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Templating;

namespace Automatisering.Functions.Tests.Samenwerking;

/// <summary>
/// The five SSWZM municipalities with Meppel as penvoerder, written for the tests so a guard test does not depend
/// on the sample file's people. Every municipality "x" has "x-comm" (communicatieadviseur), "x-med" (medewerker)
/// "x-weth" (portefeuillehouder sociaal domein), "x-sec" and "x-bs" (which the configuration requires); "staphorst-med" stands in for "staphorst-comm" in March 2026.
/// "emmen" is outside SSWZM.
/// </summary>
internal static class SamenwerkingTestOrganisatie
{
    public const string Penvoerder = "meppel";
    public static readonly string[] Gemeenten = ["meppel", "steenwijkerland", "staphorst", "zwartewaterland", "westerveld"];

    /// <summary>Monday 2 March 2026, 09:00 Dutch time.</summary>
    public static readonly DateTimeOffset Maandag = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateOnly Collegedag = new(2026, 3, 10);

    public static string Comm(string gemeente) => $"{gemeente}-comm";

    public static string Med(string gemeente) => $"{gemeente}-med";

    public static string Weth(string gemeente) => $"{gemeente}-weth";

    public static OrganisatieConfig Org { get; } = OrganisatieConfig.Load(BuildJson());

    public static TemplateSchema Schema { get; } =
        TemplateSchema.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "default", "persbericht.schema.json")));

    public static string Naam(string slug) => Org.GetGemeente(slug).Naam;

    public static JsonElement Handvest() => JsonSerializer.SerializeToElement(new Dictionary<string, object?>
    {
        ["titel"] = "Samen verbonden door burgers en vertrouwen",
        ["inleiding"] = "Vijf gemeenten leggen hun samenwerking in het sociaal domein vast.",
    });

    public static Samenwerkingsvoorstel Voorstel() =>
        Samenwerkingsvoorstel.Create(Org, "handvest-2026", Med(Penvoerder), "Handvest samenwerking sociaal domein", "SSWZM", Penvoerder,
            Gemeenten.Skip(1), Handvest(), Maandag);

    public static JsonElement Tekst(string kop = "Vijf gemeenten bundelen krachten in het sociaal domein") =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["kop"] = kop,
            ["ondertitel"] = "Handvest vastgesteld",
            ["plaats"] = "Meppel",
            ["datum"] = "10 maart 2026",
            ["lead"] = "De colleges van Steenwijkerland, Staphorst, Zwartewaterland, Westerveld en Meppel gaan nauwer samenwerken.",
            ["alineas"] = new[] { new { tekst = "Inwoners wonen, werken en leren over de gemeentegrenzen heen." } },
        });

    public static PersCitaat Citaat(string gemeente) => new($"Wethouder van {Naam(gemeente)}", "wethouder sociaal domein,", $"{Naam(gemeente)} doet graag mee.");

    public static PersContact Contact(string gemeente) => new($"Pers {Naam(gemeente)}", "0522 000 100", $"pers@{gemeente}.example");

    public static Persbericht NieuwPersbericht(DateTimeOffset? embargoTot = null) =>
        Persbericht.Create(Org, Schema, Voorstel(), "pb-1", Comm(Penvoerder), Tekst(), embargoTot, Maandag);

    /// <summary>A press release every participant filled in and approved; only the college decisions are missing.</summary>
    public static Persbericht GoedgekeurdPersbericht(DateTimeOffset? embargoTot = null)
    {
        var persbericht = NieuwPersbericht(embargoTot);
        foreach (var g in Gemeenten)
        {
            persbericht.VulBijdrageAan(Org, Schema, Comm(g), g, Citaat(g), Contact(g), Maandag);
            persbericht.GeefAkkoord(Org, Comm(g), g, Maandag);
        }

        return persbericht;
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, BesluitvormingJson.Options);

    public static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, BesluitvormingJson.Options)!;

    private static string BuildJson()
    {
        var gemeenten = new JsonArray();
        var personen = new JsonArray();
        foreach (var (slug, naam, verband) in Gemeenten.Select(g => (g, char.ToUpperInvariant(g[0]) + g[1..], "SSWZM")).Append(("emmen", "Emmen", "ANDERS")))
        {
            gemeenten.Add(new JsonObject
            {
                ["slug"] = slug,
                ["naam"] = naam,
                ["samenwerkingsverbanden"] = new JsonArray(verband),
                ["route"] = new JsonObject
                {
                    ["stappen"] = new JsonArray(new JsonObject { ["rollen"] = new JsonArray("portefeuillehouder") }),
                    ["herstart"] = new JsonObject { ["regel"] = "vanafEersteStap" },
                },
            });
            foreach (var (suffix, rol, voornaam) in new[] { ("comm", "communicatieadviseur", "Cor"), ("med", "medewerker", "Mia"), ("weth", "portefeuillehouder", "Wout"), ("sec", "gemeentesecretaris", "Sien"), ("bs", "bestuurssecretariaat", "Bas") })
            {
                var persoon = new JsonObject
                {
                    ["id"] = $"{slug}-{suffix}",
                    ["naam"] = $"{voornaam} {naam}",
                    ["initialen"] = $"{voornaam[0]}. {naam}",
                    ["email"] = $"{suffix}@{slug}.voorbeeld.nl",
                    ["gemeente"] = slug,
                    ["rollen"] = new JsonArray(rol),
                };
                if (rol == "portefeuillehouder")
                {
                    persoon["portefeuilles"] = new JsonArray("sociaal domein");
                }

                personen.Add(persoon);
            }
        }

        var root = new JsonObject
        {
            ["gemeenten"] = gemeenten,
            ["personen"] = personen,
            ["vervangingen"] = new JsonArray(new JsonObject { ["vervanger"] = "staphorst-med", ["vervangt"] = "staphorst-comm", ["van"] = "2026-03-01", ["tot"] = "2026-03-31" }),
        };
        return root.ToJsonString();
    }
}
