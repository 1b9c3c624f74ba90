using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.OpenApi;

/// <summary>
/// The API's contract at /api/openapi.json: it names exactly the HTTP functions the app has, and every write route it
/// names refuses bad input (malformed JSON, <c>null</c>, wrong types, over-long text, oversized bodies, broken
/// uploads) with a 4xx problem details body and an unchanged store. The routes come from the description, so a new
/// route cannot be forgotten here.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OpenApiFunctionTests(AzuriteFixture azurite)
{
    private static readonly string Medewerker = BesluitvormingApi.Sample.PersonenMetRol("meppel", Rol.Medewerker).First().Id;

    [Fact]
    public async Task OpenApi_Served_DescribesEveryHttpFunctionAndNoOther()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();

        using var response = await client.GetAsync("/api/openapi.json");
        var description = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var described = Operations(description).Select(o => $"{o.Method} {o.Path}").Order().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FunctionRoutes().Order().ToList(), described);
        Assert.NotNull(description["paths"]!["/api/dossiers"]!["post"]!["responses"]!["201"]);
        Assert.NotNull(description["paths"]!["/api/dossiers/{id}/paraaf"]!["post"]!["responses"]!["200"]);
    }

    [Fact]
    public async Task BadInput_EveryWriteRouteOfTheDescription_ClientErrorProblemDetailsAndStoreUnchanged()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var client = app.Start();
        var description = JsonNode.Parse(await client.GetStringAsync("/api/openapi.json"))!;
        var writes = Operations(description).Where(o => o.Method is "POST" or "PUT").ToList();
        var before = await StoreAsync();
        var failures = new List<string>();

        foreach (var operation in writes)
        {
            var path = FillIn(operation.Path);
            foreach (var (what, content) in BadBodies(description, operation.Node))
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = content };
                request.Headers.Add("X-Dev-User", Medewerker);
                using var answer = await client.SendAsync(request);
                var status = (int)answer.StatusCode;
                if (status is < 400 or >= 500 || answer.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{operation.Method} {operation.Path} ({what}): {status} {answer.Content.Headers.ContentType?.MediaType}");
                }
            }
        }

        Assert.True(writes.Count >= 15, $"only {writes.Count} write routes described");
        Assert.Empty(failures);
        Assert.Equal(before, await StoreAsync());
    }

    private static IEnumerable<(string What, HttpContent Content)> BadBodies(JsonNode description, JsonNode operation)
    {
        var content = operation["requestBody"]?["content"];
        if (content?["application/json"] is { } json)
        {
            yield return ("malformed JSON", Json("{\"a\": "));
            yield return ("null", Json("null"));
            yield return ("array instead of object", Json("[]"));
            yield return ("oversized body", Json("\"" + new string('x', 2 * 1024 * 1024) + "\""));
            var schema = Resolve(description, json["schema"]);
            foreach (var (name, property) in schema?["properties"]?.AsObject() ?? [])
            {
                var type = Resolve(description, property)?["type"]?.GetValue<string>();
                var format = Resolve(description, property)?["format"]?.GetValue<string>();
                var wrong = type switch
                {
                    "string" when format is "date" or "date-time" => "\"gisteren\"",
                    "string" when Resolve(description, property)?["enum"] is not null => "\"onbekend\"",
                    "string" => "12",
                    "boolean" => "\"ja\"",
                    "integer" => "\"twee\"",
                    "array" => "\"a\"",
                    _ => null,
                };
                if (wrong is not null)
                {
                    yield return ($"{name} of the wrong type", Json($"{{\"{name}\": {wrong}}}"));
                }

                if (type == "string" && format is null && Resolve(description, property)?["enum"] is null)
                {
                    yield return ($"{name} over-long", Json(JsonSerializer.Serialize(new Dictionary<string, string> { [name] = new string('x', 100_000) })));
                }
            }
        }
        else if (content?["multipart/form-data"] is not null)
        {
            var broken = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"a.docx\"\r\n\r\nhalf"u8.ToArray());
            broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
            yield return ("broken multipart upload", broken);
            yield return ("empty file", new ByteArrayContent([]));
            yield return ("upload without a length", new StreamContent(new UnknownLength(new byte[3 * 1024 * 1024])));
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static JsonNode? Resolve(JsonNode description, JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference
            ? description["components"]!["schemas"]![reference.Split('/')[^1]]
            : schema;

    private static string FillIn(string path) => path
        .Replace("{id}", "onbekend").Replace("{gemeente}", "meppel").Replace("{datum}", "2026-12-08")
        .Replace("{naam}", "handvest.docx").Replace("{mijlpaalId}", "onbekend").Replace("{sjabloon}", "agendapunt");

    private static List<(string Method, string Path, JsonNode Node)> Operations(JsonNode description) =>
        [.. from path in description["paths"]!.AsObject()
            from operation in path.Value!.AsObject()
            select (operation.Key.ToUpperInvariant(), path.Key, operation.Value!)];

    /// <summary>"METHOD /api/route" for every HTTP trigger in the build output's functions.metadata.</summary>
    private static IEnumerable<string> FunctionRoutes()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        return [.. from function in metadata.RootElement.EnumerateArray()
            from binding in function.GetProperty("bindings").EnumerateArray()
            where binding.GetProperty("type").GetString() == "httpTrigger"
            from method in binding.GetProperty("methods").EnumerateArray()
            select $"{method.GetString()!.ToUpperInvariant()} /api/{binding.GetProperty("route").GetString()}"];
    }

    /// <summary>Every blob (name and ETag) and the message count of every queue.</summary>
    private async Task<string> StoreAsync()
    {
        var lines = new List<string>();
        await foreach (var container in azurite.Blobs.GetBlobContainersAsync())
        {
            var client = azurite.Blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, default))
            {
                lines.Add($"{container.Name}/{blob.Name} {blob.Properties.ETag}");
            }
        }

        await foreach (var queue in azurite.Queues.GetQueuesAsync())
        {
            lines.Add($"queue {queue.Name} {(await azurite.Queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount}");
        }

        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    /// <summary>A body whose length is not announced (sent chunked), as a hostile client would send a huge upload.</summary>
    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
