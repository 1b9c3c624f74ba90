using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Automatisering.Functions.Infrastructure.Middleware;

/// <summary>
/// Who calls an HTTP function: the same authentication schemes as the web app (Entra ID bearer token, App Service
/// Authentication's principal header, or locally the development sign-in). A function without
/// <see cref="AllowAnonymousAttribute"/> answers 401 to a caller who is not a configured person.
/// </summary>
public sealed class IdentityMiddleware : IFunctionsWorkerMiddleware
{
    private static readonly ConcurrentDictionary<string, bool> Anonymous = new();

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        var result = await http.AuthenticateAsync();
        if (result.Succeeded)
        {
            http.User = result.Principal;
        }

        if (http.User.GetPersonId() is null && !Anonymous.GetOrAdd(context.FunctionDefinition.EntryPoint, AllowsAnonymous))
        {
            context.GetInvocationResult().Value = TypedResults.Problem(
                title: "Niet aangemeld", detail: "Meld u aan als een bekende medewerker van een van de gemeenten.", statusCode: StatusCodes.Status401Unauthorized);
            return;
        }

        await next(context);
    }

    private static bool AllowsAnonymous(string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        var method = typeof(IdentityMiddleware).Assembly.GetType(entryPoint[..split])?.GetMethod(entryPoint[(split + 1)..]);
        return method?.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
    }
}
