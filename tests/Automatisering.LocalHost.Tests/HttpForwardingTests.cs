using System.Net;
using System.Text;
using System.Text.Json;
using Automatisering.LocalHost.Tests.Infrastructure;

namespace Automatisering.LocalHost.Tests;

[Collection(LocalHostCollection.Name)]
public sealed class HttpForwardingTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Get_RouteParameterAndQuery_WorkerResponseWithStatusAndHeaders()
    {
        using var response = await fixture.Http.GetAsync("/api/greet/Piet?shout=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("HALLO PIET", await response.Content.ReadAsStringAsync());
        Assert.Equal("Piet", response.Headers.GetValues("x-greeted").Single());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_LiteralRouteAndParameterRouteBothMatch_LiteralRouteWins()
    {
        using var response = await fixture.Http.GetAsync("/API/Greet/Everyone");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hallo allemaal", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_JsonBody_EchoedWithCreated()
    {
        var json = """{"naam":"Jansen","regels":[1,2,3]}""";

        using var response = await fixture.Http.PostAsync("/api/echo", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(json, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_FunctionWithQueueOutput_ResponseAndMessageWritten()
    {
        var id = Guid.NewGuid().ToString("N");

        using var response = await fixture.Http.PostAsync($"/api/enqueue/{id}", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queue = fixture.Storage.Queues.GetQueueClient("http-out");
        await Eventually.True(async () =>
        {
            if (!(await queue.ExistsAsync()).Value)
            {
                return false;
            }

            var messages = (await queue.PeekMessagesAsync(32)).Value;
            return messages.Any(m => m.Body.ToString().Contains(id, StringComparison.Ordinal));
        }, "the HTTP function's queue output");
    }

    [Fact]
    public async Task Get_UnknownRoute_NotFoundProblem()
    {
        using var response = await fixture.Http.GetAsync("/api/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Niet gevonden", body.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_RouteOfPostOnlyFunction_NotFound()
    {
        using var response = await fixture.Http.GetAsync("/api/echo");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/ProcessOrder")]
    [InlineData("/api/Slow")]
    [InlineData("/ProcessOrder")]
    public async Task Post_NonHttpFunctionName_NotFound(string path)
    {
        using var response = await fixture.Http.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
