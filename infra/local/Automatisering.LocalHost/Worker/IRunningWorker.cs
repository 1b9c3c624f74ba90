namespace Automatisering.LocalHost.Worker;

/// <summary>A started worker; disposing it ends the worker (for a process: its whole process tree).</summary>
public interface IRunningWorker : IAsyncDisposable
{
    /// <summary>Completes when the worker has ended, on its own or because it was stopped.</summary>
    Task Exited { get; }

    /// <summary>The operating-system process id, when the worker runs in a process of its own.</summary>
    int? ProcessId { get; }
}
