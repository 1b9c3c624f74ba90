using System.Net;
using System.Net.Http.Json;
using Automatisering.Functions.Health;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.Health;

[Collection(AzuriteCollection.Name)]
public sealed class HealthFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetHealth_StorageReachable_OkWithVersion()
    {
        await using var app = new FunctionsAppFactory(azurite);
        var client = app.Start();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<HealthReport>())!;
        Assert.Equal("ok", report.Status);
        Assert.Equal("reachable", report.Storage);
        Assert.StartsWith("0.1.0", report.Version);
    }

    [Fact]
    public async Task GetHealth_StorageUnreachable_ServiceUnavailable()
    {
        var closedPort = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                         "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var app = new FunctionsAppFactory(azurite).WithSetting("AzureWebJobsStorage", closedPort).WithoutTriggers();
        var client = app.Start();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("degraded", (await response.Content.ReadFromJsonAsync<HealthReport>())!.Status);
    }
}
