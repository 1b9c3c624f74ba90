using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Documenten;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Automatisering.Functions.Tests.Web;

public sealed class DossierFormulierTests
{
    private static readonly DossierFormulier Formulier = new(new DocumentRenderer(Microsoft.Extensions.Options.Options.Create(new TemplatesOptions())));

    /// <summary>The form as the edit page fills it from the stored fields and a browser posts it back unchanged.</summary>
    private static FormCollection Posted(JsonElement velden)
    {
        var waarden = DossierFormulier.Waarden(velden);
        var form = waarden.ToDictionary(w => w.Key, w => new StringValues(w.Value));
        foreach (var lijst in velden.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            var rijen = DossierFormulier.Rijen(waarden, lijst.Name);
            form["rijen." + lijst.Name] = rijen.ToString(CultureInfo.InvariantCulture);
            foreach (var sub in new[] { "intentie", "subpunten" })
            {
                for (var i = 0; i < rijen; i++)
                {
                    var pad = $"{lijst.Name}[{i}].{sub}";
                    form["rijen." + pad] = DossierFormulier.Rijen(waarden, pad, DossierFormulier.MinimumSubrijen).ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        return new FormCollection(form);
    }

    /// <summary>A posted form of a few inputs, the rest of the form left empty.</summary>
    private static FormCollection Form(params (string Naam, string Waarde)[] invoer) =>
        new(invoer.ToDictionary(i => i.Naam, i => new StringValues(i.Waarde)));

    [Fact]
    public void BehoudVerborgen_EditPostedUnchanged_SubListsKeptByTheFormItself()
    {
        var opgeslagen = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        var gelezen = Formulier.Lees("meppel", Posted(opgeslagen));
        // The sub-lists are on the form now: reading it back alone keeps them, before anything is carried over.
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit").GetRawText(), gelezen.Velden.GetProperty("conceptbesluit").GetRawText());

        var bewaard = Formulier.BehoudVerborgen("meppel", opgeslagen, gelezen);

        var subpunten = bewaard.Velden.GetProperty("conceptbesluit")[1].GetProperty("subpunten");
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[1].GetProperty("subpunten").GetRawText(), subpunten.GetRawText());
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[1].GetProperty("intentie").GetRawText(), bewaard.Velden.GetProperty("conceptbesluit")[1].GetProperty("intentie").GetRawText());
    }

    [Fact]
    public void BehoudVerborgen_RowRemovedOnTheForm_ItsSubListsGoWithIt()
    {
        var opgeslagen = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        var form = Posted(opgeslagen).ToDictionary(f => f.Key, f => f.Value);
        foreach (var key in form.Keys.Where(k => k.StartsWith($"{DossierFormulier.Prefix}conceptbesluit[1].", StringComparison.Ordinal)).ToList())
        {
            form[key] = "";
        }

        var bewaard = Formulier.BehoudVerborgen("meppel", opgeslagen, Formulier.Lees("meppel", new FormCollection(form)));

        var punten = bewaard.Velden.GetProperty("conceptbesluit");
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit").GetArrayLength() - 1, punten.GetArrayLength());
        // The third point moved up to second place and keeps its own sub-points, not those of the removed one.
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[2].GetProperty("nr").GetString(), punten[1].GetProperty("nr").GetString());
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[2].GetProperty("subpunten").GetRawText(), punten[1].GetProperty("subpunten").GetRawText());
        Assert.False(punten[1].TryGetProperty("intentie", out _));
    }

    [Fact]
    public void BehoudVerborgen_KeysTheFormHasNoInputsFor_CarriedOverAlsoInSubRowsThatMoved()
    {
        var velden = BesluitvormingApi.Velden();
        velden["zaaksysteem"] = new JsonObject { ["id"] = "Z-2026-17" };
        velden["conceptbesluit"]![1]!["bron"] = "handvest, p. 4";
        velden["conceptbesluit"]![1]!["subpunten"]![2]!["kenmerk"] = "s3";
        var opgeslagen = JsonSerializer.SerializeToElement(velden);
        var form = Posted(opgeslagen).ToDictionary(f => f.Key, f => f.Value);
        form[$"{DossierFormulier.Prefix}conceptbesluit[1].subpunten[0].tekst"] = "";

        var gelezen = Formulier.Lees("meppel", new FormCollection(form));
        var bewaard = Formulier.BehoudVerborgen("meppel", opgeslagen, gelezen);

        Assert.False(gelezen.Velden.TryGetProperty("zaaksysteem", out _)); // what the form alone would lose
        Assert.Equal("Z-2026-17", bewaard.Velden.GetProperty("zaaksysteem").GetProperty("id").GetString());
        var punt = bewaard.Velden.GetProperty("conceptbesluit")[1];
        Assert.Equal("handvest, p. 4", punt.GetProperty("bron").GetString());
        // The first subpunt was cleared, so the third is now the second and keeps its own hidden key.
        var subpunten = punt.GetProperty("subpunten");
        Assert.Equal(2, subpunten.GetArrayLength());
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit")[1].GetProperty("subpunten")[2].GetProperty("tekst").GetString(), subpunten[1].GetProperty("tekst").GetString());
        Assert.Equal("s3", subpunten[1].GetProperty("kenmerk").GetString());
        Assert.False(subpunten[0].TryGetProperty("kenmerk", out _));
    }

    [Fact]
    public void Lees_WaardenOfStoredNestedLists_RoundTripsToTheSameFields()
    {
        var opgeslagen = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());

        var waarden = DossierFormulier.Waarden(opgeslagen);
        var gelezen = Formulier.Lees("meppel", Posted(opgeslagen));

        var punt = opgeslagen.GetProperty("conceptbesluit")[1];
        Assert.Equal(punt.GetProperty("subpunten")[2].GetProperty("tekst").GetString(), waarden[$"{DossierFormulier.Prefix}conceptbesluit[1].subpunten[2].tekst"]);
        Assert.Equal(punt.GetProperty("intentie")[0].GetProperty("tekst").GetString(), waarden[$"{DossierFormulier.Prefix}conceptbesluit[1].intentie[0].tekst"]);
        Assert.Equal(opgeslagen.GetProperty("conceptbesluit").GetRawText(), gelezen.Velden.GetProperty("conceptbesluit").GetRawText());
        static IEnumerable<KeyValuePair<string, string>> Punten(Dictionary<string, string> w) =>
            w.Where(p => p.Key.StartsWith($"{DossierFormulier.Prefix}conceptbesluit[", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal);
        Assert.Equal(Punten(waarden), Punten(DossierFormulier.Waarden(gelezen.Velden)));
        Assert.Contains($"{DossierFormulier.Prefix}conceptbesluit[2].subpunten[1].tekst", Punten(waarden).Select(p => p.Key));
        Assert.Equal([0, 1, 2], gelezen.RijIndex["conceptbesluit[1].subpunten"]);
    }

    [Fact]
    public void Lees_EmptySubRows_SkippedAndEmptySubListLeftOut()
    {
        const string P = DossierFormulier.Prefix;
        var gelezen = Formulier.Lees("meppel", Form(
            (P + "conceptbesluit[0].nr", "1"),
            (P + "conceptbesluit[0].tekst", "in te stemmen met het handvest;"),
            ("rijen.conceptbesluit[0].subpunten", "4"),
            (P + "conceptbesluit[0].subpunten[0].tekst", ""),
            (P + "conceptbesluit[0].subpunten[1].tekst", "  \r\n "),
            (P + "conceptbesluit[0].subpunten[2].tekst", "de raad te informeren."),
            (P + "conceptbesluit[0].subpunten[3].tekst", ""),
            (P + "conceptbesluit[0].intentie[0].tekst", " "),
            (P + "conceptbesluit[1].nr", "2"),
            (P + "conceptbesluit[1].tekst", "de kosten te dekken uit het budget sociaal domein.")));

        var punten = gelezen.Velden.GetProperty("conceptbesluit");
        Assert.Equal("""[{"tekst":"de raad te informeren."}]""", punten[0].GetProperty("subpunten").GetRawText());
        Assert.False(punten[0].TryGetProperty("intentie", out _));
        Assert.False(punten[1].TryGetProperty("subpunten", out _));
        Assert.Equal([2], gelezen.RijIndex["conceptbesluit[0].subpunten"]);
        Assert.Empty(gelezen.RijIndex["conceptbesluit[0].intentie"]);
    }

    [Fact]
    public void Lees_RowWithOnlySubpunten_KeptSoTheMissingPointIsReported()
    {
        const string P = DossierFormulier.Prefix;
        var gelezen = Formulier.Lees("meppel", Form((P + "conceptbesluit[3].subpunten[1].tekst", "eind 2026 een werkgeversservicepunt;")));

        var punt = Assert.Single(gelezen.Velden.GetProperty("conceptbesluit").EnumerateArray());
        Assert.Equal("""{"subpunten":[{"tekst":"eind 2026 een werkgeversservicepunt;"}]}""", punt.GetRawText());
        Assert.Equal([3], gelezen.RijIndex["conceptbesluit"]);
    }

    [Fact]
    public void InputNaam_NestedErrorAfterEmptyRows_NamesTheInputWithFormRowNumbers()
    {
        const string P = DossierFormulier.Prefix;
        var gelezen = Formulier.Lees("meppel", Form(
            (P + "conceptbesluit[2].nr", "1"),
            (P + "conceptbesluit[2].tekst", "in te stemmen met het handvest;"),
            ("rijen.conceptbesluit[2].subpunten", "3"),
            (P + "conceptbesluit[2].subpunten[2].tekst", new string('x', 1001)),
            (P + "conceptbesluit[4].nr", "2"),
            (P + "conceptbesluit[4].intentie[1].tekst", "Wij spreken uit")));

        // Data conceptbesluit[0] is form row 2, and its subpunten[0] form sub-row 2 under that row.
        Assert.Equal(P + "conceptbesluit[2].subpunten[2].tekst", DossierFormulier.InputNaam("conceptbesluit[0].subpunten[0].tekst", gelezen));
        Assert.Equal(P + "conceptbesluit[4].intentie[1].tekst", DossierFormulier.InputNaam("conceptbesluit[1].intentie[0].tekst", gelezen));
        Assert.Equal(P + "conceptbesluit[4].tekst", DossierFormulier.InputNaam("conceptbesluit[1].tekst", gelezen));
        Assert.Equal(P + "conceptbesluit[4].subpunten", DossierFormulier.InputNaam("conceptbesluit[1].subpunten", gelezen));
        Assert.Equal(P + "samenvatting", DossierFormulier.InputNaam("samenvatting", gelezen));
    }

    [Theory]
    [InlineData("v.conceptbesluit[2].subpunten[1].tekst", "Conceptbesluit, rij 3, Subpunten, rij 2: Subpunt")]
    [InlineData("v.conceptbesluit[0].intentie[0].tekst", "Conceptbesluit, rij 1, Geciteerde intentie, rij 1: Alinea")]
    [InlineData("v.conceptbesluit[1].subpunten", "Conceptbesluit, rij 2: Subpunten")]
    [InlineData("v.conceptbesluit[1].tekst", "Conceptbesluit, rij 2: Tekst")]
    [InlineData("v.conceptbesluit", "Conceptbesluit")]
    [InlineData("v.samenvatting", "Samenvatting")]
    public void Label_InputName_SchemaLabelsWithFormRowNumbers(string inputNaam, string label) =>
        Assert.Equal(label, Formulier.Label("meppel", inputNaam));

    [Fact]
    public void Rijen_SubList_AtLeastTwoAndOneEmptyAfterTheLastFilled()
    {
        var waarden = DossierFormulier.Waarden(JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()));

        Assert.Equal(DossierFormulier.MinimumSubrijen, DossierFormulier.Rijen(waarden, "conceptbesluit[0].subpunten", DossierFormulier.MinimumSubrijen));
        Assert.Equal(4, DossierFormulier.Rijen(waarden, "conceptbesluit[1].subpunten", DossierFormulier.MinimumSubrijen));
        Assert.Equal(3, DossierFormulier.Rijen(waarden, "conceptbesluit[2].subpunten", DossierFormulier.MinimumSubrijen));
        Assert.Equal(2, DossierFormulier.LaatsteGevuldeRij(waarden, "conceptbesluit"));
    }

    [Fact]
    public void Lees_DateInputValue_StoredTheDutchWay()
    {
        var gelezen = Formulier.Lees("meppel", Form(("v.datumRaad", "2027-01-26"), ("v.traject[0].gremium", "College"), ("v.traject[0].datum", "2026-12-15"), ("rijen.traject", "5")));

        Assert.Equal("26-01-2027", gelezen.Velden.GetProperty("datumRaad").GetString());
        Assert.Equal("15-12-2026", gelezen.Velden.GetProperty("traject")[0].GetProperty("datum").GetString());
    }

    [Fact]
    public void Lees_DateTypedByHand_LeftForTheSchemaToJudge() =>
        Assert.Equal("gisteren", Formulier.Lees("meppel", Form(("v.datumRaad", "gisteren"))).Velden.GetProperty("datumRaad").GetString());

    [Theory]
    [InlineData("26-01-2027", "2027-01-26")]
    [InlineData("2027-01-26", "2027-01-26")]
    [InlineData("gisteren", "gisteren")]
    [InlineData("", "")]
    public void DatumInvoer_StoredValue_DateInputValue(string opgeslagen, string invoer) =>
        Assert.Equal(invoer, DossierFormulier.DatumInvoer(opgeslagen));

    [Fact]
    public void Positie_InputNames_OrderOfTheForm()
    {
        string[] namen = ["v.argumenten", "v.traject[0].datum", "v.conceptbesluit[1].tekst", "v.conceptbesluit[0].subpunten[1].tekst", "portefeuille", "v.conceptbesluit[0].nr", "onderwerp", "v.samenvatting"];

        var geordend = namen.OrderBy(n => Formulier.Positie("meppel", n)).ToList();

        Assert.Equal(["onderwerp", "portefeuille", "v.conceptbesluit[0].nr", "v.conceptbesluit[0].subpunten[1].tekst", "v.conceptbesluit[1].tekst", "v.samenvatting", "v.traject[0].datum", "v.argumenten"], geordend);
    }

    [Fact]
    public void Secties_SchemaFormatAndChoices_CarriedToTheFormFields()
    {
        var velden = Formulier.Secties("meppel").SelectMany(s => s.Velden).ToDictionary(v => v.Naam);

        Assert.Equal(Automatisering.Templating.FieldFormat.Phone, velden["stellerTelefoon"].Format);
        Assert.Equal(["ja", "nee"], velden["openbaar"].Keuzes);
        Assert.Equal(Automatisering.Templating.FieldType.Date, velden["traject"].Velden.Single(v => v.Naam == "datum").Type);
    }
}
