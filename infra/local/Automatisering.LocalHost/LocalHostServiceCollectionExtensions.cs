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

    /// <summary>Per-request framework logs (Kestrel, routing, gRPC) only from Warning: the host's own lines say what happened.</summary>
    public static ILoggingBuilder AddLocalHostFilters(this ILoggingBuilder logging) =>
        logging
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Grpc", LogLevel.Warning)
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning)
            .AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "HH:mm:ss "; });
}
