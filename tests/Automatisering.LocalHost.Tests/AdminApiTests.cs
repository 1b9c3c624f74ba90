using System.Net;
using System.Text;
using Automatisering.LocalHost.Tests.Infrastructure;

namespace Automatisering.LocalHost.Tests;

[Collection(LocalHostCollection.Name)]
public sealed class AdminApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task RunFunction_NoKey_Unauthorized()
    {
        using var response = await fixture.Http.PostAsync("/admin/functions/Slow", Body("zonder-sleutel"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RunFunction_WrongKey_Unauthorized()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/Slow") { Content = Body("verkeerde-sleutel") };
        request.Headers.Add("x-functions-key", "niet-de-sleutel");

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RunFunction_MasterKey_RunsQueueFunctionWithInput()
    {
        var input = "admin-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/Slow") { Content = Body(input) };
        request.Headers.Add("x-functions-key", fixture.Host.MasterKey);

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var blob = fixture.Storage.Blobs.GetBlobContainerClient("slow").GetBlobClient($"{input}.txt");
        await Eventually.True(async () => (await blob.ExistsAsync()).Value, "the blob written by the admin-run function");
    }

    [Fact]
    public async Task RunFunction_UnknownFunction_NotFound()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/BestaatNiet") { Content = Body("x") };
        request.Headers.Add("x-functions-key", fixture.Host.MasterKey);

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent Body(string input) => new($$"""{"input":"{{input}}"}""", Encoding.UTF8, "application/json");
}
