namespace Automatisering.Domain.Samenwerking;

public static class SamenwerkingServiceCollectionExtensions
{
    public static IServiceCollection AddSamenwerking(this IServiceCollection services)
    {
        services.AddSingleton<SamenwerkingService>();
        return services;
    }
}
