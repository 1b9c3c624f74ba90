using System.Reflection;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Automatisering.Functions.Features.Health;

/// <summary>Function <c>Health</c>: GET /api/health — is storage reachable, which version runs.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth).WithName("Health");
        return app;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealth(
        BlobServiceClient blobs, QueueServiceClient queues, CancellationToken cancellationToken)
    {
        var version = typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await blobs.GetPropertiesAsync(timeout.Token);
            await queues.GetPropertiesAsync(timeout.Token);
            return TypedResults.Ok(new HealthReport("ok", version, "reachable"));
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or OperationCanceledException or AggregateException)
        {
            return TypedResults.Json(new HealthReport("degraded", version, $"unreachable: {ex.GetType().Name}"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
