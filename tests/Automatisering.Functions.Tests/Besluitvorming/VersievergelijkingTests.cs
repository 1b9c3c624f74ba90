using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Templating;

namespace Automatisering.Functions.Tests.Besluitvorming;

public sealed class VersievergelijkingTests
{
    private static readonly IReadOnlyList<SchemaField> Velden = TemplateSchema.Load(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "default", "agendapunt.schema.json"))).Fields;

    private static JsonElement Json(object waarde) => JsonSerializer.SerializeToElement(waarde);

    [Fact]
    public void Vergelijk_ChangedNestedPointAndFlag_LabelledPathsWithWordRuns()
    {
        var oud = Json(new { samenvatting = "De colleges werken samen.", naarRaad = false, conceptbesluit = new[] { new { nr = "1", tekst = "het handvest vast te stellen;", subpunten = new[] { new { tekst = "per 1 juli" } } } } });
        var nieuw = Json(new { samenvatting = "De colleges werken nauw samen.", naarRaad = true, conceptbesluit = new[] { new { nr = "1", tekst = "het handvest vast te stellen;", subpunten = new[] { new { tekst = "per 1 september" } } } } });

        var verschillen = Versievergelijking.Vergelijk(oud, nieuw, Velden);

        Assert.Equal(["Conceptbesluit › 1 › Subpunten › 1 › Subpunt", "Gaat naar de raad", "Samenvatting"], verschillen.Select(v => v.Label).Order(StringComparer.Ordinal).ToList());
        var samenvatting = verschillen.Single(v => v.Pad == "samenvatting");
        Assert.Equal([("De colleges werken ", TekstStukSoort.Gelijk), ("nauw ", TekstStukSoort.Erbij), ("samen.", TekstStukSoort.Gelijk)], samenvatting.Stukken.Select(s => (s.Tekst, s.Soort)));
        var sub = verschillen.Single(v => v.Pad == "conceptbesluit[1].subpunten[1].tekst");
        Assert.Equal(("per 1 juli", "per 1 september"), (sub.Oud, sub.Nieuw));
        Assert.Equal(("nee", "ja"), (verschillen.Single(v => v.Pad == "naarRaad").Oud, verschillen.Single(v => v.Pad == "naarRaad").Nieuw));
    }

    [Fact]
    public void Vergelijk_PointAddedAndFieldRemoved_ShownAsNewAndRemoved()
    {
        var oud = Json(new { programma = "Sociaal domein", conceptbesluit = new[] { new { nr = "1", tekst = "vast te stellen;" } } });
        var nieuw = Json(new { conceptbesluit = new[] { new { nr = "1", tekst = "vast te stellen;" }, new { nr = "2", tekst = "de raad te informeren." } } });

        var verschillen = Versievergelijking.Vergelijk(oud, nieuw, Velden);

        Assert.Contains(verschillen, v => v.Pad == "conceptbesluit[2].tekst" && v.Oud is null && v.Nieuw == "de raad te informeren." && v.Stukken.Single().Soort == TekstStukSoort.Erbij);
        Assert.Contains(verschillen, v => v.Pad == "programma" && v.Nieuw is null && v.Stukken.Single().Soort == TekstStukSoort.Weg);
        Assert.DoesNotContain(verschillen, v => v.Pad == "conceptbesluit[1].tekst");
    }
}
