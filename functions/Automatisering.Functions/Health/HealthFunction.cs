using System.Reflection;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Health;

/// <summary>Function <c>Health</c>: GET /api/health — is storage reachable, which version runs.</summary>
public sealed class HealthFunction(BlobServiceClient blobs, QueueServiceClient queues)
{
    [Function("Health")]
    [AllowAnonymous]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req, CancellationToken cancellationToken)
    {
        var version = typeof(HealthFunction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
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
