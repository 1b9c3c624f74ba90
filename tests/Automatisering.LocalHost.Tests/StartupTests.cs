using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.LocalHost.Tests.Infrastructure;

namespace Automatisering.LocalHost.Tests;

[Collection(LocalHostCollection.Name)]
public sealed class StartupTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task StartAsync_WorkerIndexing_LoadsEveryFunctionOfFunctionsMetadata()
    {
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))!.AsArray()
            .Select(f => (string)f!["name"]!).Order().ToList();

        var functions = await fixture.Host.Hub.Functions;

        Assert.Equal(expected, functions.Select(f => f.Name).Order().ToList());
        Assert.Contains(fixture.Log.Lines, l => l.Contains("Function 'ProcessOrder' loaded (queueTrigger)"));
    }

    [Fact]
    public async Task StartAsync_WorkerIndexing_ParsesBindingsWithBlobPath()
    {
        var functions = await fixture.Host.Hub.Functions;
        var order = functions.Single(f => f.Name == "ProcessOrder");

        Assert.Equal("orders", order.Trigger.QueueName);
        Assert.Equal("receipts/{OrderId}-{DequeueCount}.json", order.Outputs.Single(b => b.Type == "blob").Path);
        Assert.True(functions.Single(f => f.Name == "Crash").Disabled);
    }

    [Fact]
    public async Task HostStatus_FunctionsLoaded_Running()
    {
        using var response = await fixture.Http.GetAsync("/admin/host/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Running", body.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task StartAsync_NoHostJson_FailsNamingHostJson()
    {
        var empty = Directory.CreateTempSubdirectory("localhost-empty-");
        try
        {
            await using var host = new LocalFunctionsHost(new LocalHostOptions { ScriptRoot = empty.FullName, HttpPort = 0 }, new TestLog().CreateFactory());

            var error = await Assert.ThrowsAsync<Functions.FunctionConfigurationException>(() => host.StartAsync());

            Assert.Contains("host.json", error.Message);
            Assert.Contains(empty.FullName, error.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
