using System.Text.Json;

namespace Automatisering.Templating.Tests;

public sealed class TemplateSchemaTests
{
    internal const string AgendapuntSchema = """
        {
          "name": "agendapunt",
          "fields": [
            { "name": "onderwerp", "type": "string", "required": true, "maxLength": 20, "label": "Onderwerp" },
            { "name": "samenvatting", "type": "text", "label": "Samenvatting" },
            { "name": "datum", "type": "date" },
            { "name": "bedrag", "type": "number" },
            { "name": "geheim", "type": "boolean" },
            { "name": "logo", "type": "image" },
            { "name": "gemeente", "type": "object", "fields": [ { "name": "naam", "type": "string", "required": true } ] },
            { "name": "conceptbesluit", "type": "list", "required": true, "maxItems": 5, "fields": [
                { "name": "nr", "type": "number", "required": true },
                { "name": "tekst", "type": "text", "required": true, "maxLength": 10 }
            ] }
          ]
        }
        """;

    private static IReadOnlyList<FieldError> Validate(string json)
    {
        using var data = JsonDocument.Parse(json);
        return TemplateSchema.Load(AgendapuntSchema).Validate(data.RootElement);
    }

    [Fact]
    public void Validate_ValidData_NoErrors()
    {
        var errors = Validate($$"""
            {"onderwerp":"Plein","samenvatting":"a\nb","datum":"2025-03-18","bedrag":12.5,"geheim":false,"logo":"{{TestImages.Png400x100}}",
             "gemeente":{"naam":"Zuidwijk"},"conceptbesluit":[{"nr":1,"tekst":"Akkoord"}]}
            """);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("18-03-2025")]
    [InlineData("2025-03-18")]
    [InlineData("")]
    public void Validate_DutchIsoOrEmptyOptionalDate_Accepted(string datum) =>
        Assert.DoesNotContain(Validate($$"""{"datum":"{{datum}}"}"""), e => e.Field == "datum");

    [Theory]
    [InlineData("31-02-2025")]
    [InlineData("18/03/2025")]
    [InlineData("maart 2025")]
    public void Validate_ImpossibleOrOtherDate_Refused(string datum) =>
        Assert.Contains(Validate($$"""{"datum":"{{datum}}"}"""), e => e is { Field: "datum", Code: "date" });

    [Fact]
    public void Validate_SeveralProblems_AllListedWithPaths()
    {
        var errors = Validate("""
            {"samenvatting":5,"onderwerp":"Een onderwerp dat veel te lang is","datum":"31-02-2025","geheim":"nee","logo":"aGVsbG8=",
             "gemeente":{},"conceptbesluit":[{"nr":1,"tekst":"ok"},{"nr":"2","tekst":"ok"},{"nr":3,"tekst":"veel te lange tekst"}],"extra":1}
            """);
        Assert.Contains(new FieldError("onderwerp", "is 33 tekens, maximaal 20 toegestaan", "maxLength"), errors);
        Assert.Contains(errors, e => e is { Field: "samenvatting", Code: "type" });
        Assert.Contains(errors, e => e is { Field: "datum", Code: "date" });
        Assert.Contains(errors, e => e is { Field: "geheim", Code: "type" });
        Assert.Contains(errors, e => e is { Field: "logo", Code: "image" });
        Assert.Contains(new FieldError("gemeente.naam", "verplicht veld ontbreekt", "required"), errors);
        Assert.Contains(errors, e => e is { Field: "conceptbesluit[1].nr", Code: "type" });
        Assert.Contains(errors, e => e is { Field: "conceptbesluit[2].tekst", Code: "maxLength" });
        Assert.Contains(errors, e => e is { Field: "extra", Code: "unknown" });
        Assert.Equal(9, errors.Count);
    }

    [Theory]
    [InlineData("onderwerp", "Onderwerp")]
    [InlineData("conceptbesluit[2].tekst", "conceptbesluit, rij 3: tekst")]
    [InlineData("gemeente.naam", "gemeente: naam")]
    [InlineData("onbekend[0]", "onbekend, rij 1")]
    public void Label_FieldPath_ReadableWithRowsFromOne(string path, string label) =>
        Assert.Equal(label, TemplateSchema.Load(AgendapuntSchema).Label(path));

    [Fact]
    public void Validate_MissingRequired_Reported()
    {
        var errors = Validate("{}");
        Assert.Equal(["onderwerp", "conceptbesluit"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("required", e.Code));
    }

    [Fact]
    public void Validate_LineBreakInSingleLineString_Reported() =>
        Assert.Contains(Validate("""{"onderwerp":"a\nb","conceptbesluit":[{"nr":1,"tekst":"x"}]}"""), e => e is { Field: "onderwerp", Code: "multiline" });

    [Fact]
    public void Validate_TooManyItems_Reported() =>
        Assert.Contains(Validate("""{"onderwerp":"a","conceptbesluit":[{"nr":1,"tekst":"x"},{"nr":1,"tekst":"x"},{"nr":1,"tekst":"x"},{"nr":1,"tekst":"x"},{"nr":1,"tekst":"x"},{"nr":1,"tekst":"x"}]}"""),
            e => e is { Field: "conceptbesluit", Code: "maxItems" });

    [Fact]
    public void Validate_UnknownFieldsAllowed_NotReported()
    {
        using var data = JsonDocument.Parse("""{"a":"x","b":1}""");
        var schema = TemplateSchema.Load("""{"allowUnknownFields":true,"fields":[{"name":"a","type":"string"}]}""");
        Assert.Empty(schema.Validate(data.RootElement));
    }

    [Theory]
    [InlineData("""{"fields":[{"name":"a","type":"kleur"}]}""")]
    [InlineData("""{"fields":[{"name":"a","type":"string","maxLenght":5}]}""")]
    [InlineData("""{"fields":[{"name":"a","type":"string"},{"name":"a","type":"text"}]}""")]
    [InlineData("""{"fields":[{"name":"a","type":"string","fields":[{"name":"b","type":"string"}]}]}""")]
    public void Load_InvalidSchema_ThrowsSchemaException(string json) =>
        Assert.Throws<TemplateSchemaException>(() => TemplateSchema.Load(json));

    [Fact]
    public void Load_Stream_ReadsFieldsAndLabels()
    {
        var schema = TemplateSchema.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(AgendapuntSchema)));
        Assert.Equal("Onderwerp", schema.Fields[0].Label);
        Assert.Equal(FieldType.List, schema.Fields[^1].Type);
        Assert.Equal(10, schema.Fields[^1].Fields[1].MaxLength);
    }
}
