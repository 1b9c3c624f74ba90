namespace Automatisering.LocalHost;

public static class LocalHostServiceCollectionExtensions
{
    /// <summary>Runs a <see cref="LocalFunctionsHost"/> for the lifetime of the generic host (Ctrl-C/TERM stop it and its worker).</summary>
    public static IServiceCollection AddLocalFunctionsHost(this IServiceCollection services, LocalHostOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(sp => new LocalFunctionsHost(sp.GetRequiredService<LocalHostOptions>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService<LocalFunctionsHostService>();
        return services;
    }
}
