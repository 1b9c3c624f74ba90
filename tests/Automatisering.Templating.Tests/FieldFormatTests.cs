using System.Text.Json;

namespace Automatisering.Templating.Tests;

/// <summary>The schema's <c>format</c> (e-mail, phone) and <c>choices</c> for string fields.</summary>
public sealed class FieldFormatTests
{
    private const string Schema = """
        {
          "fields": [
            { "name": "email", "type": "string", "format": "email", "maxLength": 100 },
            { "name": "telefoon", "type": "string", "format": "phone", "maxLength": 30 },
            { "name": "openbaar", "type": "string", "choices": ["ja", "nee"], "required": true }
          ]
        }
        """;

    private static IReadOnlyList<FieldError> Validate(object data) =>
        TemplateSchema.Load(Schema).Validate(JsonSerializer.SerializeToElement(data));

    [Theory]
    [InlineData("0522 123 456")]
    [InlineData("06 12345678")]
    [InlineData("06-12345678")]
    [InlineData("+31 6 12345678")]
    [InlineData("14 0522")]
    [InlineData("020-1234567")]
    [InlineData("0800-1234")]
    [InlineData("+32 2 555 12 12")]
    [InlineData("")]
    public void Validate_DutchOrInternationalPhone_Accepted(string telefoon) =>
        Assert.Empty(Validate(new { telefoon, openbaar = "ja" }));

    [Theory]
    [InlineData("bel mij")]
    [InlineData("12")]
    [InlineData("0522 12345")]
    [InlineData("06-1234567890123")]
    [InlineData("naam@gemeente.nl")]
    public void Validate_NotAPhoneNumber_RefusedWithDutchReason(string telefoon)
    {
        var fout = Assert.Single(Validate(new { telefoon, openbaar = "ja" }));
        Assert.Equal(("telefoon", "phone"), (fout.Field, fout.Code));
        Assert.StartsWith("is geen geldig telefoonnummer", fout.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("naam@gemeente.nl")]
    [InlineData("j.de.vries-bakker@meppel.example")]
    [InlineData("")]
    public void Validate_EmailAddress_Accepted(string email) =>
        Assert.Empty(Validate(new { email, openbaar = "nee" }));

    [Theory]
    [InlineData("naam")]
    [InlineData("naam@gemeente")]
    [InlineData("naam@@gemeente.nl")]
    [InlineData("Jan <jan@gemeente.nl>")]
    [InlineData("naam@gemeente.nl; ander@gemeente.nl")]
    [InlineData("naam@gemeente.")]
    public void Validate_NotOneEmailAddress_Refused(string email)
    {
        var fout = Assert.Single(Validate(new { email, openbaar = "nee" }));
        Assert.Equal(new FieldError("email", "is geen geldig e-mailadres (bijvoorbeeld naam@gemeente.nl)", "email"), fout);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData(" Nee ")]
    public void Validate_OneOfTheChoices_Accepted(string openbaar) =>
        Assert.Empty(Validate(new { openbaar }));

    [Fact]
    public void Validate_OtherThanTheChoices_RefusedNamingThem() =>
        Assert.Equal(new FieldError("openbaar", "kies 'ja' of 'nee'", "choice"), Assert.Single(Validate(new { openbaar = "misschien" })));

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"openbaar":" "}""")]
    public void Validate_RequiredChoiceMissingOrEmpty_SaysWhatToChoose(string json)
    {
        using var data = JsonDocument.Parse(json);
        Assert.Equal(new FieldError("openbaar", "kies 'ja' of 'nee'", "required"), Assert.Single(TemplateSchema.Load(Schema).Validate(data.RootElement)));
    }

    [Fact]
    public void Validate_TooLongAndWrongFormat_OnlyTheLengthReported()
    {
        var fout = Assert.Single(Validate(new { telefoon = new string('9', 31), openbaar = "ja" }));
        Assert.Equal("maxLength", fout.Code);
    }

    [Theory]
    [InlineData("""{ "fields": [ { "name": "n", "type": "number", "format": "phone" } ] }""")]
    [InlineData("""{ "fields": [ { "name": "n", "type": "text", "choices": ["a"] } ] }""")]
    [InlineData("""{ "fields": [ { "name": "n", "type": "string", "choices": [] } ] }""")]
    [InlineData("""{ "fields": [ { "name": "n", "type": "string", "choices": ["ja", " JA"] } ] }""")]
    [InlineData("""{ "fields": [ { "name": "n", "type": "string", "format": "email", "choices": ["a"] } ] }""")]
    [InlineData("""{ "fields": [ { "name": "n", "type": "string", "format": "fax" } ] }""")]
    public void Load_FormatOrChoicesMisused_Refused(string schema) =>
        Assert.Throws<TemplateSchemaException>(() => TemplateSchema.Load(schema));
}
