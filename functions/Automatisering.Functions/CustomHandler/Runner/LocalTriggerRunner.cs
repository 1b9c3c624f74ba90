using Automatisering.Functions.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Automatisering.Functions.CustomHandler.Runner;

/// <summary>
/// Stands in for the Functions host when the app runs on its own (locally, in tests): reads host.json and
/// every function.json and drives their queue and timer triggers against storage. HTTP functions need no
/// runner: the app serves their routes itself, as the host forwards them in Azure.
/// </summary>
internal sealed class LocalTriggerRunner(
    IOptions<RunnerOptions> options,
    IConfiguration configuration,
    StorageClients storage,
    FunctionInvoker invoker,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<LocalTriggerRunner> logger) : BackgroundService
{
    private FunctionCatalog? _catalog;
    private TimeZoneInfo _timeZone = TimeZoneInfo.Utc;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
        {
            RunnerLog.Disabled(logger);
            return Task.CompletedTask;
        }

        // Loaded before the app starts, so a malformed function.json stops start-up with the file's name.
        _catalog = FunctionCatalog.Load(options.Value.ResolvedScriptRoot, name => configuration[name.Replace("__", ":")]);
        _timeZone = ResolveTimeZone();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_catalog is null)
        {
            return;
        }

        // The handler must be listening before the first invocation is posted to it.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            await started.Task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        var queues = storage.CreateQueueServiceClient(_catalog.Queues.UsesBase64);
        var blobs = storage.CreateBlobServiceClient();
        var outputs = new OutputBindingWriter(blobs, queues);
        var listeners = new List<Task>();
        foreach (var function in _catalog.Functions.Where(f => !f.Disabled))
        {
            switch (function.Trigger.Type.ToLowerInvariant())
            {
                case "queuetrigger":
                    listeners.Add(new QueueTriggerListener(function, _catalog.Queues, queues, invoker, outputs, options.Value, logger).RunAsync(stoppingToken));
                    break;
                case "timertrigger":
                    listeners.Add(new TimerTriggerListener(function, blobs, invoker, outputs, options.Value, _timeZone, time, logger).RunAsync(stoppingToken));
                    break;
            }
        }

        RunnerLog.Started(logger, _catalog.Functions.Count, _catalog.ScriptRoot);
        await Task.WhenAll(listeners);
    }

    private TimeZoneInfo ResolveTimeZone()
    {
        var id = configuration["WEBSITE_TIME_ZONE"];
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new InvalidOperationException($"Setting 'WEBSITE_TIME_ZONE' names an unknown time zone '{id}' (use e.g. 'W. Europe Standard Time' or 'Europe/Amsterdam').");
    }
}
