using System.Net;
using System.Text.Json;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests;

/// <summary>The function app as the Functions host sees it: its metadata, and which functions the outside can reach.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionAppTests(AzuriteFixture azurite)
{
    private static readonly string[] NonHttpFunctions = ["BesluitVerwerken", "Distribueren", "PersberichtEmbargo", "DistributieHerstel", "Herinneringen"];

    [Fact]
    public void FunctionsMetadata_BuildOutput_HttpQueueAndTimerFunctionsWithTheirBindings()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        var triggers = metadata.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("type").GetString()!).ToList());

        Assert.Contains("httpTrigger", triggers["Health"]);
        Assert.Contains("httpTrigger", triggers["DossierParaaf"]);
        Assert.Equal(["queueTrigger", "queue"], triggers["BesluitVerwerken"]);
        Assert.Equal(["queueTrigger"], triggers["Distribueren"]);
        Assert.Equal(["timerTrigger", "queue"], triggers["PersberichtEmbargo"]);
        Assert.Equal(["timerTrigger"], triggers["Herinneringen"]);
        Assert.DoesNotContain(triggers.Keys, name => name.StartsWith("Demo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NonHttpFunction_PostedAnonymously_NotReachable()
    {
        await using var app = new FunctionsAppFactory(azurite);
        var client = app.Start();

        foreach (var function in NonHttpFunctions)
        {
            using var byName = await client.PostAsync($"/{function}", new StringContent("{}"));
            using var underApi = await client.PostAsync($"/api/{function}", new StringContent("{}"));
            using var admin = await client.PostAsync($"/admin/functions/{function}", new StringContent("{}"));
            using var wrongKey = new HttpRequestMessage(HttpMethod.Post, $"/admin/functions/{function}") { Content = new StringContent("{}") };
            wrongKey.Headers.Add("x-functions-key", "geraden");
            using var guessed = await client.SendAsync(wrongKey);

            Assert.Equal(HttpStatusCode.NotFound, byName.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, underApi.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, admin.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        }
    }

    [Fact]
    public async Task TimerFunction_AdminApiWithMasterKey_Accepted()
    {
        await using var app = new FunctionsAppFactory(azurite);
        var client = app.Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/DistributieHerstel") { Content = new StringContent("{}") };
        request.Headers.Add("x-functions-key", app.MasterKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/dossiers", "{\"onderwerp\": ", "body", "Het verzoek is geen geldige JSON.")]
    [InlineData("POST", "/api/dossiers", "{\"onderwerp\": 12}", "onderwerp", "Deze waarde heeft niet het verwachte type of een onbekende waarde.")]
    [InlineData("POST", "/api/dossiers", "null", "body", "Het verzoek heeft geen inhoud; stuur een JSON-object.")]
    [InlineData("POST", "/api/dossiers/x/paraaf", "{\"soort\": \"onbekend\"}", "soort", "Deze waarde heeft niet het verwachte type of een onbekende waarde.")]
    [InlineData("GET", "/api/vergaderingen/meppel/morgen", null, "datum", "Geef een datum als jjjj-mm-dd.")]
    [InlineData("GET", "/api/dossiers/x/documenten/agendapunt?versie=twee", null, "versie", "Geef een geheel getal.")]
    public async Task Api_BadInput_ProblemDetailsNamingTheFieldInDutch(string method, string path, string? body, string field, string reason)
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Add("X-Dev-User", BesluitvormingApiPerson());

        using var response = await client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(reason, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    public static TheoryData<string, string, string> OverlongTexts() => new()
    {
        { "/api/dossiers", JsonSerializer.Serialize(new { onderwerp = new string('x', 301), portefeuille = "p", velden = new { } }), "onderwerp" },
        { "/api/samenwerking", JsonSerializer.Serialize(new { titel = new string('x', 1024 * 100), samenwerkingsverband = "SSWZM", deelnemers = new[] { "staphorst" }, gedeeldeVelden = new { } }), "titel" },
    };

    [Theory]
    [MemberData(nameof(OverlongTexts))]
    public async Task Api_OverlongText_RefusedAtTheFieldAndNothingStored(string path, string body, string field)
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var person = BesluitvormingApiPerson();
        using var before = await Get(client, path, person);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Dev-User", person);

        using var response = await client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var after = await Get(client, path, person);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Hoogstens ", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(await before.Content.ReadAsStringAsync(), await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SamenwerkingAanmaken_SharedContentNotFittingTheTemplates_RefusedPerFieldAndNothingStored()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var person = BesluitvormingApiPerson();
        using var before = await Get(client, "/api/samenwerking", person);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/samenwerking")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { titel = "Zonder inhoud", samenwerkingsverband = "SSWZM", deelnemers = new[] { "staphorst" }, gedeeldeVelden = new { } }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Dev-User", person);

        using var response = await client.SendAsync(request);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var after = await Get(client, "/api/samenwerking", person);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("velden.", StringComparison.Ordinal));
        Assert.Equal(await before.Content.ReadAsStringAsync(), await after.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string person)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Dev-User", person);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Api_NotSignedIn_Unauthorized()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();

        using var response = await client.GetAsync("/api/inbox");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string BesluitvormingApiPerson() =>
        Besluitvorming.BesluitvormingApi.Sample.PersonenMetRol("meppel", Automatisering.Domain.Besluitvorming.Rol.Medewerker).First().Id;
}
