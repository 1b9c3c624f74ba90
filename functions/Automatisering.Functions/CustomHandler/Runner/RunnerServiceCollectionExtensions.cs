using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Automatisering.Functions.CustomHandler.Runner;

public static class RunnerServiceCollectionExtensions
{
    public static IServiceCollection AddLocalTriggerRunner(this IServiceCollection services)
    {
        services.AddOptions<RunnerOptions>().BindConfiguration(RunnerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RunnerOptions>, RunnerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<FunctionInvoker>(client => client.Timeout = TimeSpan.FromMinutes(10));
        services.AddHostedService<LocalTriggerRunner>();
        return services;
    }
}
