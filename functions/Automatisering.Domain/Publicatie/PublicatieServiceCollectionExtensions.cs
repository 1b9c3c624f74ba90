using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Publicatie;

public static class PublicatieServiceCollectionExtensions
{
    public static IServiceCollection AddPublicatie(this IServiceCollection services)
    {
        services.AddOptions<PublicatieOptions>().BindConfiguration(PublicatieOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicatieOptions>, PublicatieOptionsValidator>();
        services.AddSingleton<PublicatieService>();
        services.AddSingleton<OpenRaadsinformatie>();
        return services;
    }
}
