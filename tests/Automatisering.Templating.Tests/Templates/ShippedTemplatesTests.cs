using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Automatisering.Templating.Tests.Templates;

/// <summary>
/// Every template shipped in templates/ (the defaults and each gemeente's house style): it matches its schema,
/// its sample data is valid, and the rendered document validates and converts with LibreOffice with the
/// values in it. Needs libreoffice-writer-nogui and poppler-utils.
/// </summary>
public sealed partial class ShippedTemplatesTests
{
    internal static readonly string Root = FindTemplates();

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.docx", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}tools{Path.DirectorySeparatorChar}")).Order())
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file))!, Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Templates_EveryDocumentKind_HasADefault()
    {
        foreach (var name in new[] { "agendapunt", "collegeadvies", "handvest", "persbericht", "besluitenlijst" })
        {
            Assert.True(File.Exists(Path.Combine(Root, "default", name + ".docx")), name);
            Assert.True(File.Exists(Path.Combine(Root, "default", name + ".schema.json")), name);
            Assert.True(File.Exists(Path.Combine(Root, "samples", name + ".json")), name);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Check_ShippedTemplate_MatchesItsSchema(string folder, string name)
    {
        using var docx = File.OpenRead(Path.Combine(Root, folder, name + ".docx"));

        var problems = TemplateChecker.Check(docx, Schema(name));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Render_ShippedTemplateWithSampleData_ValidDocxThatLibreOfficeConvertsWithTheValues(string folder, string name)
    {
        var catalog = new TemplateCatalog(Root);
        var gemeente = folder == "default" ? "onbekende-gemeente" : folder;
        var template = catalog.Get(gemeente, name);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "samples", name + ".json")))!.AsObject();
        sample["logo"] = Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Root, folder, "logo.png")));
        var data = JsonSerializer.SerializeToElement(sample);
        Assert.Empty(template.Schema!.Validate(data));

        var docx = template.Template.Render(data);

        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
            Assert.Null(document.MainDocumentPart!.VbaProjectPart);
            Assert.Empty(document.MainDocumentPart.ExternalRelationships);
            Assert.Empty(document.MainDocumentPart.AlternativeFormatImportParts);
            Assert.NotEmpty(document.MainDocumentPart.HeaderParts.SelectMany(h => h.ImageParts));
        }

        var pdf = await new LibreOfficePdfRenderer().ConvertToPdfAsync(docx, CancellationToken.None);
        var text = Normalize(PdfText.Of(pdf));
        Assert.DoesNotMatch(Tag(), text);
        var values = ShortValues(sample).ToList();
        Assert.True(values.Count >= 2, $"the {name} sample has too few one-line values to check");
        foreach (var value in values)
        {
            Assert.Contains(Normalize(value), text);
        }
    }

    /// <summary>Top-level text values short enough to stay on one line of the PDF.</summary>
    private static IEnumerable<string> ShortValues(JsonObject sample) =>
        sample.Where(p => p.Key != "logo" && p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            .Select(p => p.Value!.GetValue<string>())
            .Where(v => v.Length is > 2 and <= 40 && !v.Contains('\n'));

    private static TemplateSchema Schema(string name) => TemplateSchema.Load(File.ReadAllText(Path.Combine(Root, "default", name + ".schema.json")));

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();


    private static string FindTemplates()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Automatisering.sln")))
            {
                return Path.Combine(dir.FullName, "templates");
            }
        }

        throw new InvalidOperationException("Automatisering.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\{[#/^%]?[A-Za-z][A-Za-z0-9.]*\}")]
    private static partial Regex Tag();
}
