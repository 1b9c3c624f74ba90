using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Identity;

public static class IdentityServiceCollectionExtensions
{
    private const string PolicyScheme = "Automatisering";

    /// <summary>
    /// One policy scheme that picks, per request: a bearer token (Entra ID), the platform's principal
    /// header (App Service Authentication), or the local development sign-in.
    /// </summary>
    public static IServiceCollection AddAutomatiseringIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityOptions>().BindConfiguration(IdentityOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IdentityOptions>, IdentityOptionsValidator>();
        var options = configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();

        var authentication = services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, PolicyScheme, policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true && !string.IsNullOrWhiteSpace(options.EntraTenantId)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityOptions.PlatformAuthenticationEnabled || !options.DevelopmentSignIn
                        ? AppServicePrincipalHandler.SchemeName
                        : DevelopmentSignInHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, AppServicePrincipalHandler>(AppServicePrincipalHandler.SchemeName, null);

        // Registered only when asked for and never in Azure (the options validator also stops start-up then).
        if (options.DevelopmentSignIn && !IdentityOptions.RunningInAzure)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentSignInHandler>(DevelopmentSignInHandler.SchemeName, null);
        }

        if (!string.IsNullOrWhiteSpace(options.EntraTenantId))
        {
            authentication.AddJwtBearer(jwt =>
            {
                jwt.Authority = $"{options.EntraInstance.TrimEnd('/')}/{options.EntraTenantId}/v2.0";
                jwt.Audience = options.EntraAudience;
                jwt.MapInboundClaims = false;
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        var email = context.Principal?.FindFirstValue("preferred_username") ?? context.Principal?.FindFirstValue("email");
                        var personId = email is null ? null : context.HttpContext.RequestServices.GetRequiredService<IPersonDirectory>().FindByEmail(email);
                        if (personId is null)
                        {
                            context.Fail("The token's account is not a configured person.");
                        }
                        else
                        {
                            ((ClaimsIdentity)context.Principal!.Identity!).AddClaim(new Claim(AutomatiseringClaims.PersonId, personId));
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        }

        services.AddAuthorization();
        return services;
    }
}
