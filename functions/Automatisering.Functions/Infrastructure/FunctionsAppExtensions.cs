using Automatisering.Domain.Configuration;
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
        builder.UseMiddleware<RequestLoggingMiddleware>();
        builder.UseMiddleware<ProblemDetailsMiddleware>();
        builder.UseMiddleware<IdentityMiddleware>();

        // Under a host the settings arrive as environment variables; a local.settings.json next to the app (or in
        // the working folder) is read too, so the worker started on its own finds the same settings.
        builder.Configuration.AddLocalSettings();
        builder.Services.AddProblemDetails();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddStorage();
        builder.Services.AddDocumenten();
        builder.Services.AddBesluitvorming();
        builder.Services.AddSamenwerking();
        builder.Services.AddAutomatiseringIdentity(builder.Configuration);
        builder.Services.AddDistributie(builder.Configuration);
        return builder;
    }
}
