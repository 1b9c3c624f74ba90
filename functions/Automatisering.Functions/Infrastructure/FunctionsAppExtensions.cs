using Microsoft.Extensions.DependencyInjection.Extensions;
using Automatisering.Functions.Besluitvorming;
using Automatisering.Functions.CustomHandler.Runner;
using Automatisering.Functions.Distributie;
using Automatisering.Functions.Features.Demo;
using Automatisering.Functions.Features.Documenten;
using Automatisering.Functions.Features.Health;
using Automatisering.Functions.Infrastructure.Configuration;
using Automatisering.Functions.Infrastructure.Identity;
using Automatisering.Functions.Infrastructure.Storage;
using Automatisering.Functions.Samenwerking;
using Automatisering.Functions.Web;

namespace Automatisering.Functions.Infrastructure;

public static class FunctionsAppExtensions
{
    public static WebApplicationBuilder AddFunctionsApp(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddLocalSettings();

        // Under the Functions host the handler must listen on the port the host chose for it.
        if (Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") is { Length: > 0 } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        builder.Services.AddProblemDetails();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddStorage();
        builder.Services.AddLocalTriggerRunner();
        builder.Services.AddDocumenten();
        builder.Services.AddBesluitvorming();
        builder.Services.AddSamenwerking();
        builder.Services.AddAutomatiseringIdentity(builder.Configuration);
        builder.Services.AddDistributie(builder.Configuration);
        builder.Services.AddWeb(builder.Configuration);
        return builder;
    }

    public static WebApplication MapFunctionsApp(this WebApplication app)
    {
        // Every error is problem details; never a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthEndpoints();
        app.MapDemoEndpoints();
        app.MapDocumentenEndpoints();
        app.MapBesluitvormingEndpoints();
        app.MapHerinneringenFunction();
        app.MapDistributieFunctions();
        app.MapSamenwerkingEndpoints();
        app.MapWeb();
        return app;
    }
}
