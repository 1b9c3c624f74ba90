using Automatisering.Functions.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.OpenApi;

/// <summary>Function <c>OpenApi</c>: GET /api/openapi.json — the API's contract, for integrators and other systems.</summary>
public sealed class OpenApiFunction
{
    [Function("OpenApi")]
    [AllowAnonymous]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest req) =>
        TypedResults.Text(ApiDescription.AsJson, "application/json; charset=utf-8");
}
