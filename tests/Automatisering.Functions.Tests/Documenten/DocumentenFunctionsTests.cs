using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Functions.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Automatisering.Functions.Tests.Documenten;

[Collection(AzuriteCollection.Name)]
public sealed class DocumentenFunctionsTests(AzuriteFixture azurite)
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", name + ".json"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private FunctionsAppFactory App() => new FunctionsAppFactory(azurite).WithoutTriggers();

    [Fact]
    public async Task Render_AgendapuntForMeppel_ValidDocxInMeppelsHouseStyleWithTheValues()
    {
        await using var app = App();
        var client = app.Start();

        var response = await client.PostAsync("/api/documenten/meppel/agendapunt", Json(Sample("agendapunt")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        // Microsoft 365 schemas: Word has written tblLook attributes the Office 2007 schema lacks since 2010.
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document));
        var onderwerp = JsonNode.Parse(Sample("agendapunt"))!["onderwerp"]!.GetValue<string>();
        Assert.Contains(onderwerp, document.MainDocumentPart!.Document.InnerText);
        Assert.Contains("Meppel", string.Concat(document.MainDocumentPart.HeaderParts.Select(h => h.Header.InnerText)));
        Assert.NotEmpty(document.MainDocumentPart.HeaderParts.SelectMany(h => h.ImageParts)); // the gemeente's logo
        Assert.DoesNotContain("{", document.MainDocumentPart.Document.InnerText.Replace("{ ", ""));
    }

    [Fact]
    public async Task Render_MissingAndOverlongFields_ProblemDetailsListEachFieldAndNothingRendered()
    {
        await using var app = App();
        var client = app.Start();
        var data = JsonNode.Parse(Sample("agendapunt"))!.AsObject();
        data.Remove("onderwerp");
        data["nummer"] = new string('9', 500);

        var response = await client.PostAsync("/api/documenten/meppel/agendapunt", Json(data.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("onderwerp", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("nummer", out _), errors.ToString());
    }

    [Fact]
    public async Task Render_UnknownTemplateOrBadSlug_ClearErrors()
    {
        await using var app = App();
        var client = app.Start();

        var unknown = await client.PostAsync("/api/documenten/meppel/bestaatniet", Json("{}"));
        var badSlug = await client.PostAsync("/api/documenten/..%2Fetc/agendapunt", Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badSlug.StatusCode);
        Assert.Contains("gemeente", await badSlug.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Render_UnknownGemeente_NotFoundNamingTheKnownOnes()
    {
        await using var app = App();
        var client = app.Start();

        var response = await client.PostAsync("/api/documenten/atlantis/agendapunt", Json(Sample("agendapunt")));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("gemeente", problem.GetProperty("field").GetString());
        Assert.Contains("'atlantis'", problem.GetProperty("detail").GetString());
        Assert.Contains("meppel, ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Render_PdfRequested_LibreOfficeConvertsIt()
    {
        await using var app = App();
        var client = app.Start();

        var response = await client.PostAsync("/api/documenten/staphorst/persbericht?formaat=pdf", Json(Sample("persbericht")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task Check_DefaultTemplate_NoProblems()
    {
        await using var app = App();
        var client = app.Start();
        var docx = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "templates", "default", "collegeadvies.docx"));

        var response = await client.PostAsync("/api/sjabloncontrole/collegeadvies", new ByteArrayContent(docx));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(report.GetProperty("ok").GetBoolean(), report.ToString());
    }

    [Fact]
    public async Task Check_TemplateOfAnotherKind_ListsUnknownAndUnusedFieldsWithTheirPlace()
    {
        await using var app = App();
        var client = app.Start();
        var docx = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "templates", "default", "persbericht.docx"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(docx), "bestand", "persbericht.docx" } };

        var response = await client.PostAsync("/api/sjabloncontrole/besluitenlijst", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(report.GetProperty("ok").GetBoolean());
        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("part").GetString() == "word/document.xml" && !string.IsNullOrEmpty(p.GetProperty("paragraph").GetString()));
        Assert.True(problems.Select(p => p.GetProperty("code").GetString()).Distinct().Count() >= 2, report.ToString());
    }

    [Fact]
    public async Task Check_MacroEnabledUpload_RejectedWithReasonCode()
    {
        await using var app = App();
        var client = app.Start();
        var docx = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "templates", "default", "collegeadvies.docx"));
        using var withMacro = new MemoryStream();
        withMacro.Write(docx);
        using (var zip = new ZipArchive(withMacro, ZipArchiveMode.Update, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
            entry.Write("macro"u8);
        }

        var response = await client.PostAsync("/api/sjabloncontrole/collegeadvies", new ByteArrayContent(withMacro.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("MacroEnabled", problem.GetProperty("reasonCode").GetString());
        Assert.Equal("bestand", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Check_NotADocx_RejectedWithReasonCode()
    {
        await using var app = App();
        var client = app.Start();

        var response = await client.PostAsync("/api/sjabloncontrole/agendapunt", new ByteArrayContent("dit is geen docx"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NotADocx", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reasonCode").GetString());
    }
}
