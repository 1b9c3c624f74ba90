using System.Diagnostics;

namespace Automatisering.LocalHost.Worker;

/// <summary>
/// A worker process. The worker does not exit when its host goes away, so the process tree is killed on dispose
/// and also when this process exits or crashes (ProcessExit, an unhandled exception).
/// </summary>
internal sealed class WorkerProcess : IRunningWorker
{
    private readonly Process _process;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WorkerProcess(Process process)
    {
        _process = process;
        ProcessId = process.Id;
        process.Exited += (_, _) => _exited.TrySetResult();
        if (process.HasExited)
        {
            _exited.TrySetResult();
        }

        AppDomain.CurrentDomain.ProcessExit += OnHostExit;
        AppDomain.CurrentDomain.UnhandledException += OnHostExit;
    }

    public Task Exited => _exited.Task;

    public int? ProcessId { get; }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnHostExit;
        AppDomain.CurrentDomain.UnhandledException -= OnHostExit;
        Kill();
        await Task.WhenAny(_exited.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        _process.Dispose();
    }

    private void OnHostExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }
}
