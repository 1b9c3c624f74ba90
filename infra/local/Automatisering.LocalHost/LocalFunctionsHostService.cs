namespace Automatisering.LocalHost;

/// <summary>Starts and stops the local host with the generic host.</summary>
internal sealed class LocalFunctionsHostService(LocalFunctionsHost host) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => host.StopAsync(cancellationToken);
}
