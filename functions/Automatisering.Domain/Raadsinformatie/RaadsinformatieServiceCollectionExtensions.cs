namespace Automatisering.Domain.Raadsinformatie;

public static class RaadsinformatieServiceCollectionExtensions
{
    public static IServiceCollection AddRaadsinformatie(this IServiceCollection services)
    {
        services.AddSingleton<RaadsinformatieService>();
        return services;
    }
}
