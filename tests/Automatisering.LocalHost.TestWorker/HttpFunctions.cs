using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.LocalHost.TestWorker;

/// <summary>HTTP functions: route values, query, headers, status and a body echoed back.</summary>
public sealed class HttpFunctions
{
    [Function("Greet")]
    public IActionResult Greet([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "greet/{name}")] HttpRequest request, string name)
    {
        request.HttpContext.Response.Headers["x-greeted"] = name;
        var shout = request.Query["shout"] == "true";
        var text = $"Hallo {name}";
        return new ContentResult { Content = shout ? text.ToUpperInvariant() : text, ContentType = "text/plain", StatusCode = 200 };
    }

    /// <summary>A literal route that also matches the parameter route above; the literal must win.</summary>
    [Function("GreetEveryone")]
    public IActionResult GreetEveryone([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "greet/everyone")] HttpRequest request) =>
        new ContentResult { Content = "Hallo allemaal", ContentType = "text/plain", StatusCode = 200 };

    [Function("Echo")]
    public async Task<IActionResult> Echo([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "echo")] HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        return new ContentResult { Content = document.RootElement.GetRawText(), ContentType = "application/json", StatusCode = 201 };
    }

    /// <summary>An HTTP function with a queue output binding: the host writes it from the invocation response.</summary>
    [Function("Enqueue")]
    public EnqueueResult Enqueue([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "enqueue/{id}")] HttpRequest request, string id) =>
        new() { Message = JsonSerializer.Serialize(new { id }), Http = new AcceptedResult() };
}
