namespace Automatisering.LocalHost.Worker;

/// <summary>
/// Keeps one worker running: starts it, restarts it after a crash with a growing delay (reset once it ran a
/// while), and on stop asks it to terminate, then ends it (for a process: its whole tree).
/// </summary>
internal sealed class WorkerSupervisor(
    WorkerHub hub,
    IWorkerLauncher launcher,
    Func<string, WorkerStartContext> contextFor,
    LocalHostOptions options,
    ILogger logger)
{
    private static readonly TimeSpan MaxRestartDelay = TimeSpan.FromMinutes(1);

    /// <summary>The worker now running, if any.</summary>
    public IRunningWorker? Current { get; private set; }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var delay = options.RestartDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            var workerId = Guid.NewGuid().ToString();
            hub.ExpectWorker(workerId);
            IRunningWorker worker;
            try
            {
                worker = await launcher.StartAsync(contextFor(workerId), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                HostLog.WorkerStartFailed(logger, delay, ex);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                delay = Next(delay);
                continue;
            }

            Current = worker;
            var started = DateTime.UtcNow;

            // A worker whose stream broke but whose process lives on is of no use: it is ended and replaced too.
            var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnDisconnected(string id)
            {
                if (id == workerId)
                {
                    disconnected.TrySetResult();
                }
            }

            hub.WorkerDisconnected += OnDisconnected;
            try
            {
                await ((Task)Task.WhenAny(worker.Exited, disconnected.Task)).WaitAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            finally
            {
                hub.WorkerDisconnected -= OnDisconnected;
            }

            if (stoppingToken.IsCancellationRequested)
            {
                hub.Terminate(options.ShutdownGracePeriod);
                await worker.Exited.WaitAsync(options.ShutdownGracePeriod).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await worker.DisposeAsync();
                Current = null;
                return;
            }

            // It crashed or lost its stream: end it and whatever it left behind (child processes) before starting the next one.
            await worker.DisposeAsync();
            Current = null;
            if (DateTime.UtcNow - started > MaxRestartDelay)
            {
                delay = options.RestartDelay;
            }

            HostLog.WorkerExited(logger, workerId, delay);
            await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = Next(delay);
        }
    }

    private static TimeSpan Next(TimeSpan delay) => TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRestartDelay.Ticks));
}
