namespace Automatisering.LocalHost.Worker;

/// <summary>Starts a worker that connects back to the host's gRPC endpoint.</summary>
public interface IWorkerLauncher
{
    Task<IRunningWorker> StartAsync(WorkerStartContext context, CancellationToken cancellationToken);
}
