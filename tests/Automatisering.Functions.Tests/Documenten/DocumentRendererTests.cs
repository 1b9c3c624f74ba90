using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Documenten;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>Every document type in every municipality's house style, from the shipped templates.</summary>
public sealed class DocumentRendererTests
{
    private static readonly DocumentRenderer Renderer = new(Microsoft.Extensions.Options.Options.Create(new TemplatesOptions { Root = Path.Combine(RepositoryRoot.Path, "templates") }));

    private static readonly JsonObject Gemeenten = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "gemeenten.json")))!.AsObject();

    public static TheoryData<string, string> GemeentenEnSjablonen()
    {
        var data = new TheoryData<string, string>();
        foreach (var gemeente in Gemeenten["gemeenten"]!.AsArray())
        {
            foreach (var sjabloon in new[] { "agendapunt", "collegeadvies", "handvest", "persbericht", "besluitenlijst" })
            {
                data.Add(gemeente!["slug"]!.GetValue<string>(), sjabloon);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GemeentenEnSjablonen))]
    public void Render_EveryTypeForEveryMunicipality_ItsOwnNameAndColour(string slug, string sjabloon)
    {
        var gemeente = Gemeenten["gemeenten"]!.AsArray().Single(g => g!["slug"]!.GetValue<string>() == slug)!;
        var template = Renderer.Find(slug, sjabloon);
        Assert.NotNull(template);
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", sjabloon + ".json")))!.AsObject();

        var outcome = Renderer.Render(template, JsonSerializer.SerializeToElement(data));

        Assert.Empty(outcome.Errors);
        using var document = WordprocessingDocument.Open(new MemoryStream(outcome.Docx!), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document));
        var main = document.MainDocumentPart!;
        var kopEnVoet = string.Concat(main.HeaderParts.Select(h => h.Header!.InnerText).Concat(main.FooterParts.Select(f => f.Footer!.InnerText)));
        Assert.Contains($"Gemeente {gemeente["naam"]!.GetValue<string>()} ·", kopEnVoet);
        Assert.Contains(gemeente["kleur"]!.GetValue<string>(), main.StyleDefinitionsPart!.Styles!.OuterXml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(gemeente["lettertype"]!.GetValue<string>(), main.StyleDefinitionsPart.Styles.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_MunicipalityWithoutOwnTemplates_FallsBackToTheDefault()
    {
        var template = Renderer.Find("een-nieuwe-gemeente", "besluitenlijst");

        Assert.NotNull(template);
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "templates", "default", "besluitenlijst.docx"), template.TemplatePath);
    }
}
