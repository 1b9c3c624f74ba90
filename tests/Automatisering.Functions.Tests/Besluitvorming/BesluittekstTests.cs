using System.Text.Json;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class BesluittekstTests
{
    /// <summary>The conceptbesluit of the Steenwijkerland handvest item: point 2 quotes the intention and has three sub-points.</summary>
    private static JsonElement HandvestConceptbesluit() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", "agendapunt.json"))).RootElement.GetProperty("conceptbesluit").Clone();

    [Fact]
    public void FromVeld_HandvestConceptbesluit_KeepsQuotedIntentionAndSubpoints()
    {
        var punten = Besluittekst.FromVeld(HandvestConceptbesluit());

        Assert.Equal(["1", "2", "3"], punten.Select(p => p.Nr));
        Assert.EndsWith("te delen:", punten[1].Tekst);
        Assert.StartsWith("“De gemeenten Steenwijkerland", Assert.Single(punten[1].Intentie));
        Assert.Equal(3, punten[1].Subpunten.Count);
        Assert.EndsWith("hand in hand gaan.”", punten[1].Subpunten[2]);
        Assert.Equal(2, punten[2].Subpunten.Count);
    }

    [Fact]
    public void Parse_FormattedHandvest_RoundTripsPointByPoint()
    {
        var punten = Besluittekst.FromVeld(HandvestConceptbesluit());

        var terug = Besluittekst.Parse(Besluittekst.Format(punten));

        Assert.Equal(punten, terug);
    }

    [Fact]
    public void Parse_EditedText_AmendedPointAndNewSubpointKeptInStructure()
    {
        var tekst = Besluittekst.Format(Besluittekst.FromVeld(HandvestConceptbesluit()))
            .Replace("vast te stellen;", "vast te stellen, met de wijziging van hoofdstuk 3;", StringComparison.Ordinal)
            + "\n   - de raden worden in juni geïnformeerd.";

        var punten = Besluittekst.Parse(tekst);

        Assert.Equal("de terugkoppeling van de bestuursopdracht, beschreven in hoofdstuk 2 van het Handvest, vast te stellen, met de wijziging van hoofdstuk 3;", punten[0].Tekst);
        Assert.Equal(3, punten[1].Subpunten.Count);
        Assert.Equal("de raden worden in juni geïnformeerd.", punten[2].Subpunten[^1]);
    }

    [Fact]
    public void Parse_FreeTextWithoutNumbers_OneUnnumberedPointKeptAsTyped()
    {
        var punten = Besluittekst.Parse("Het college stemt in met het voorstel.\nDe raad wordt geïnformeerd.");

        var punt = Assert.Single(punten);
        Assert.Equal("", punt.Nr);
        Assert.Equal("Het college stemt in met het voorstel.\nDe raad wordt geïnformeerd.", punt.Tekst);
    }

    [Fact]
    public void FromVeld_PlainText_ReadAsText()
    {
        var punten = Besluittekst.FromVeld(JsonSerializer.SerializeToElement("1. het handvest vast te stellen;\n2. de raad te informeren."));

        Assert.Equal([("1", "het handvest vast te stellen;"), ("2", "de raad te informeren.")], punten.Select(p => (p.Nr, p.Tekst)));
    }
}
