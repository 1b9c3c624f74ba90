namespace Automatisering.LocalHost;

/// <summary>
/// Lifetime of the host's inner web servers: they start and stop only when <see cref="LocalFunctionsHost"/> says
/// so. The default console lifetime would also react to Ctrl-C/TERM and close the worker's gRPC stream before
/// the host could send WorkerTerminate.
/// </summary>
internal sealed class NoConsoleLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
