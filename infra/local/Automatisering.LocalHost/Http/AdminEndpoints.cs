using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Automatisering.LocalHost.Triggers;
using Automatisering.LocalHost.Worker;

namespace Automatisering.LocalHost.Http;

/// <summary>
/// The part of the host's admin API a developer uses locally: host status, and running a non-HTTP function by hand
/// (<c>POST /admin/functions/{name}</c> with <c>{"input": "..."}</c>, guarded by the master key).
/// </summary>
internal sealed class AdminEndpoints(WorkerHub hub, FunctionInvoker invoker, string masterKey, CancellationToken hostStopping, ILogger logger)
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/host/status", () => hub.IsRunning
            ? Results.Json(new { state = "Running" })
            : Results.Json(new { state = "Default" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        endpoints.MapPost("/admin/functions/{name}", RunFunctionAsync);
    }

    private async Task<IResult> RunFunctionAsync(string name, HttpContext context)
    {
        if (!HasMasterKey(context.Request))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Niet geautoriseerd", detail: "De header x-functions-key met de master key ontbreekt of klopt niet.");
        }

        var functions = await hub.Functions.WaitAsync(context.RequestAborted);
        var function = functions.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (function is null || function.Disabled)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"Er is geen functie '{name}'.");
        }

        if (function.IsHttp)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig verzoek", detail: "Een HTTP-functie roep je aan via haar eigen route.");
        }

        string input;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            input = document.RootElement.TryGetProperty("input", out var value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
                : string.Empty;
        }
        catch (JsonException)
        {
            input = string.Empty; // the host accepts an empty body too
        }

        HostLog.AdminInvoke(logger, function.Name);

        // The host answers 202 and runs the function in the background, as in Azure.
        _ = RunInBackgroundAsync(function, input);
        return Results.Accepted();
    }

    private async Task RunInBackgroundAsync(FunctionDefinition function, string input)
    {
        var (value, metadata) = TriggerInput(function, input);
        var result = await invoker.InvokeAsync(function, Guid.NewGuid().ToString(), value, metadata, input, hostStopping);
        if (!result.Succeeded)
        {
            HostLog.InvocationFailed(logger, function.Name, result.Error!);
        }
    }

    private static (TypedData Value, TriggerMetadata Metadata) TriggerInput(FunctionDefinition function, string input)
    {
        var metadata = new TriggerMetadata();
        switch (function.TriggerType)
        {
            case "queuetrigger":
                // No real message: metadata as for a fresh one, so parameters and binding expressions still bind.
                var now = DateTimeOffset.UtcNow;
                metadata.AddJson("DequeueCount", 1).AddString("Id", Guid.NewGuid().ToString()).AddString("PopReceipt", string.Empty)
                    .AddJson("InsertionTime", now).AddJson("ExpirationTime", now.AddDays(7)).AddJson("NextVisibleTime", now)
                    .AddString("QueueTrigger", input);
                return (QueueTriggerListener.QueueValue(input), metadata.AddSys(function.Name));
            case "timertrigger":
                return (TimerTriggerListener.TimerValue(null, isPastDue: false), metadata.AddSys(function.Name));
            default:
                return (new TypedData { String = input }, metadata.AddSys(function.Name));
        }
    }

    private bool HasMasterKey(HttpRequest request)
    {
        var given = request.Headers["x-functions-key"].ToString();
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(masterKey));
    }
}
