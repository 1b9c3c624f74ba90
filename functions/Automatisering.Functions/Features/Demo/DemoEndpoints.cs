using System.Text.Json;
using Automatisering.Functions.CustomHandler;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Automatisering.Functions.Features.Demo;

/// <summary>
/// The smallest end-to-end chain, proving the custom handler and its triggers:
/// function <c>Demo</c> (POST /api/demo) puts a message on <c>demo-requests</c>; the queue-triggered
/// function <c>DemoProcess</c> answers with output bindings that write <c>demo-results/{id}.json</c> and a
/// message on <c>demo-completed</c>; GET /api/demo/{id} reads the result.
/// </summary>
public static class DemoEndpoints
{
    public const string RequestQueue = "demo-requests";
    public const string ResultContainer = "demo-results";
    private const int MaxTextLength = 1000;

    public static IEndpointRouteBuilder MapDemoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/demo", Submit).WithName("Demo");
        app.MapGet("/api/demo/{id}", GetResult);

        // Invoked by the Functions host, or locally by the trigger runner, with the queue message.
        app.MapPost("/DemoProcess", Process);
        return app;
    }

    // HTTP functions are forwarded as plain requests (enableForwardingHttpRequest), which carries no output
    // bindings; so this one sends its message with the storage SDK.
    public static async Task<Results<Accepted<DemoMessage>, ValidationProblem>> Submit(
        DemoRequest? request, QueueServiceClient queues, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = request?.Text;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [string.IsNullOrWhiteSpace(text) ? "Tekst is verplicht." : $"Tekst mag hoogstens {MaxTextLength} tekens lang zijn."],
            });
        }

        var message = new DemoMessage(Guid.NewGuid().ToString("n"), text, time.GetUtcNow());
        var queue = queues.GetQueueClient(RequestQueue);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(message, JsonSerializerOptions.Web), cancellationToken);
        return TypedResults.Accepted($"/api/demo/{message.RequestId}", message);
    }

    public static async Task<Results<Ok<DemoResult>, ProblemHttpResult>> GetResult(string id, BlobServiceClient blobs, CancellationToken cancellationToken)
    {
        try
        {
            var blob = blobs.GetBlobContainerClient(ResultContainer).GetBlobClient($"{id}.json");
            var content = await blob.DownloadContentAsync(cancellationToken);
            return TypedResults.Ok(content.Value.Content.ToObjectFromJson<DemoResult>(JsonSerializerOptions.Web)!);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return TypedResults.Problem(detail: $"Er is (nog) geen resultaat voor bericht '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");
        }
    }

    public static Results<Ok<InvocationResponse>, ProblemHttpResult> Process(InvocationRequest invocation, TimeProvider time)
    {
        DemoMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<DemoMessage>(invocation.GetString("message") ?? "null", JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(detail: $"message: not a demo message ({ex.Message})", statusCode: StatusCodes.Status400BadRequest);
        }

        if (message is null || string.IsNullOrWhiteSpace(message.RequestId) || string.IsNullOrWhiteSpace(message.Text))
        {
            return TypedResults.Problem(detail: "message: 'requestId' and 'text' are required", statusCode: StatusCodes.Status400BadRequest);
        }

        var dequeueCount = invocation.Metadata.TryGetValue("DequeueCount", out var count) ? count.GetInt64() : 0;
        var result = new DemoResult(message.RequestId, message.Text, message.Text.ToUpperInvariant(), dequeueCount, time.GetUtcNow());
        return TypedResults.Ok(new InvocationResponse(
            Outputs: new Dictionary<string, JsonElement>
            {
                ["result"] = JsonSerializer.SerializeToElement(result, JsonSerializerOptions.Web),
                ["completed"] = JsonSerializer.SerializeToElement(new { requestId = message.RequestId }, JsonSerializerOptions.Web),
            },
            Logs: [$"Processed demo message {message.RequestId}"]));
    }
}
