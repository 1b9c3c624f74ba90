using Automatisering.LocalHost.TestWorker;
using Automatisering.LocalHost.Worker;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Automatisering.LocalHost.Tests.Infrastructure;

/// <summary>
/// Builds the test worker as an in-process IHost. The worker looks for its source-generated startup types in the
/// entry assembly (here: the test host), so they are found in the worker's assembly and run by hand; without them
/// output bindings silently come back empty.
/// </summary>
internal static class InProcessWorker
{
    public static InProcessWorkerLauncher Launcher() => new(Build);

    private static IHost Build(WorkerStartContext context)
    {
        var builder = new HostBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(context.WorkerConfiguration.Concat(context.Values)))
            .ConfigureFunctionsWebApplication();
        var generated = typeof(Order).Assembly.GetTypes()
            .Where(t => typeof(IAutoConfigureStartup).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false });
        foreach (var type in generated)
        {
            ((IAutoConfigureStartup)Activator.CreateInstance(type)!).Configure(builder);
        }

        return builder.Build();
    }
}
