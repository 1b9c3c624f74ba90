using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Automatisering.Functions.Features.Demo;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.Features.Demo;

[Collection(AzuriteCollection.Name)]
public sealed class DemoEndpointsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PostDemo_ValidText_QueueTriggerWritesResultBlobAndCompletedMessage()
    {
        await using var app = new FunctionsAppFactory(azurite);
        var client = app.Start();

        var response = await client.PostAsJsonAsync("/api/demo", new { text = "Besluit & <paraaf>" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<DemoMessage>(JsonSerializerOptions.Web))!;

        var result = await Eventually.Get(async () =>
        {
            var r = await client.GetAsync(response.Headers.Location);
            return r.IsSuccessStatusCode ? await r.Content.ReadFromJsonAsync<DemoResult>(JsonSerializerOptions.Web) : null;
        }, "the demo result");

        Assert.Equal(message.RequestId, result.RequestId);
        Assert.Equal("BESLUIT & <PARAAF>", result.Upper);
        Assert.Equal(1, result.DequeueCount);
        var completed = await Eventually.Get(async () =>
        {
            var queue = azurite.Queues.GetQueueClient("demo-completed");
            if (!await queue.ExistsAsync()) return null;
            var messages = (await queue.PeekMessagesAsync(32)).Value;
            return messages.FirstOrDefault(m => m.Body.ToString().Contains(message.RequestId));
        }, "the completed message");
        Assert.Equal(message.RequestId, JsonDocument.Parse(completed.Body.ToString()).RootElement.GetProperty("requestId").GetString());
    }

    [Theory]
    [InlineData("""{}""", "Tekst is verplicht.")]
    [InlineData("""{"text":"   "}""", "Tekst is verplicht.")]
    public async Task PostDemo_MissingText_ProblemDetailsNamingTheFieldAndNothingQueued(string body, string reason)
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("Automatisering:Runner:Enabled", "false");
        var client = app.Start();
        var queue = azurite.Queues.GetQueueClient(DemoEndpoints.RequestQueue);
        await queue.CreateIfNotExistsAsync();
        var before = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

        var response = await client.PostAsync("/api/demo", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(reason, problem.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(before, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task DemoProcess_InvocationRequest_AnswersWithOutputsLogsAndReturnValue()
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("Automatisering:Runner:Enabled", "false");
        var client = app.Start();

        var response = await client.PostAsync("/DemoProcess", new StringContent("""
            { "Data": { "message": "{\"requestId\":\"r1\",\"text\":\"ja\",\"createdAt\":\"2026-01-01T00:00:00Z\"}" },
              "Metadata": { "DequeueCount": 3, "Id": "m1" } }
            """, System.Text.Encoding.UTF8, "application/json"));

        response.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["Outputs", "Logs", "ReturnValue"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
        Assert.Equal("JA", body.GetProperty("Outputs").GetProperty("result").GetProperty("upper").GetString());
        Assert.Equal(3, body.GetProperty("Outputs").GetProperty("result").GetProperty("dequeueCount").GetInt64());
        Assert.Equal("r1", body.GetProperty("Outputs").GetProperty("completed").GetProperty("requestId").GetString());
        Assert.Equal("Processed demo message r1", body.GetProperty("Logs")[0].GetString());
    }

    [Fact]
    public async Task DemoProcess_MalformedQueueMessage_EndsInPoisonQueue()
    {
        await using var app = new FunctionsAppFactory(azurite);
        app.Start();
        var queue = azurite.Queues.GetQueueClient(DemoEndpoints.RequestQueue);
        await queue.CreateIfNotExistsAsync();
        var marker = "geen json " + Guid.NewGuid();

        await queue.SendMessageAsync(marker);

        var poison = azurite.Queues.GetQueueClient(DemoEndpoints.RequestQueue + "-poison");
        await Eventually.True(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString() == marker),
            "the malformed message in demo-requests-poison", seconds: 90);
    }
}
