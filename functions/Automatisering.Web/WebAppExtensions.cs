using Automatisering.Domain.Configuration;
using Automatisering.Domain.Distributie;
using Automatisering.Domain.Publicatie;
using Automatisering.Domain.Raadsinformatie;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Automatisering.Web;

/// <summary>The web app's registrations and pipeline, kept out of Program.cs.</summary>
public static class WebAppExtensions
{
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        // The same settings file as the function app locally (local.settings.json's Values), app settings in Azure.
        builder.Configuration.AddLocalSettings();
        builder.Services.AddProblemDetails();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddStorage();
        builder.Services.AddDocumenten();
        builder.Services.AddBesluitvorming();
        builder.Services.AddSamenwerking();
        builder.Services.AddAutomatiseringIdentity(builder.Configuration);
        builder.Services.AddDistributie(builder.Configuration);
        builder.Services.AddPublicatie();
        builder.Services.AddRaadsinformatie();
        builder.Services.AddWeb(builder.Configuration);
        return builder;
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWeb();
        return app;
    }
}
