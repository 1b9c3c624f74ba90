using Automatisering.Domain.Configuration;
using Automatisering.Domain.Publicatie;
using Automatisering.Domain.Raadsinformatie;
using Automatisering.Functions.Infrastructure.Middleware;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Automatisering.Functions.Infrastructure;

/// <summary>The function app's registrations and worker middleware, kept out of Program.cs.</summary>
public static class FunctionsAppExtensions
{
    public static FunctionsApplicationBuilder AddAutomatiseringFunctions(this FunctionsApplicationBuilder builder)
    {
        // HttpRequest in, IResult out: the worker's ASP.NET Core integration.
        builder.ConfigureFunctionsWebApplication();
        builder.UseAutomatiseringMiddleware();

        // Under a host the settings arrive as environment variables; a local.settings.json next to the app (or in
        // the working folder) is read too, so the worker started on its own finds the same settings.
        builder.Configuration.AddLocalSettings();
        builder.Services.AddAutomatiseringServices(builder.Configuration);
        return builder;
    }

    /// <summary>Logging, problem details and identity around every invocation; the last one added runs innermost.</summary>
    public static IFunctionsWorkerApplicationBuilder UseAutomatiseringMiddleware(this IFunctionsWorkerApplicationBuilder worker)
    {
        worker.UseMiddleware<RequestLoggingMiddleware>();
        worker.UseMiddleware<ProblemDetailsMiddleware>();
        worker.UseMiddleware<IdentityMiddleware>();
        return worker;
    }

    public static IServiceCollection AddAutomatiseringServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStorage();
        services.AddDocumenten();
        services.AddBesluitvorming();
        services.AddSamenwerking();
        services.AddAutomatiseringIdentity(configuration);
        services.AddDistributie(configuration);
        services.AddPublicatie();
        services.AddRaadsinformatie();
        return services;
    }
}
