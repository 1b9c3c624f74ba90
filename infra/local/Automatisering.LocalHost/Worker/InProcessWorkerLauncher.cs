using Microsoft.Extensions.Hosting;

namespace Automatisering.LocalHost.Worker;

/// <summary>
/// Runs the worker as an <see cref="IHost"/> in this process, built by <paramref name="buildWorker"/> from the same
/// settings a worker process would get. For test fixtures: one process to debug, no build output to start.
/// </summary>
public sealed class InProcessWorkerLauncher(Func<WorkerStartContext, IHost> buildWorker) : IWorkerLauncher
{
    public async Task<IRunningWorker> StartAsync(WorkerStartContext context, CancellationToken cancellationToken)
    {
        // The worker reads these from the process environment (not from its configuration), so they are set here.
        foreach (var (name, value) in context.Environment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        var host = buildWorker(context);
        await host.StartAsync(cancellationToken);
        return new InProcessWorker(host);
    }
}
