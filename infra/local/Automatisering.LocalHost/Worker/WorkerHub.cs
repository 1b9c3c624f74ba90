using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Grpc.Core;

namespace Automatisering.LocalHost.Worker;

/// <summary>
/// The host's side of the worker protocol: accepts the stream of the worker it started, runs the start-up
/// sequence (init → metadata → load per function), and routes invocations to whichever worker is current.
/// The function catalog is fixed by the first successful load; a restarted worker is loaded with the same functions.
/// </summary>
public sealed class WorkerHub(LocalHostOptions options, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("Host");
    private readonly ILogger _workerLogger = loggerFactory.CreateLogger("Worker");
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource<IReadOnlyList<FunctionDefinition>> _functions = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<WorkerChannel> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _expectedWorkerId;

    /// <summary>Raised with the worker id when a worker's stream has ended (crash, stop, broken connection).</summary>
    internal event Action<string>? WorkerDisconnected;

    /// <summary>The functions, once the first worker has loaded them.</summary>
    public Task<IReadOnlyList<FunctionDefinition>> Functions => _functions.Task;

    /// <summary>True while a worker is connected with its functions loaded.</summary>
    public bool IsRunning => _ready.Task.IsCompletedSuccessfully && !_ready.Task.Result.Closed.IsCompleted;

    internal void ExpectWorker(string workerId)
    {
        lock (_lock)
        {
            _expectedWorkerId = workerId;
        }
    }

    /// <summary>Called for each EventStream; runs until the worker's stream ends.</summary>
    internal async Task AttachAsync(IAsyncStreamReader<StreamingMessage> reader, IServerStreamWriter<StreamingMessage> writer, CancellationToken cancellationToken)
    {
        if (!await reader.MoveNext(cancellationToken) || reader.Current.ContentCase != StreamingMessage.ContentOneofCase.StartStream)
        {
            return;
        }

        var workerId = reader.Current.StartStream.WorkerId;
        lock (_lock)
        {
            if (workerId != _expectedWorkerId)
            {
                // A worker from an earlier start (or someone else's) must not take over the current one's role.
                HostLog.UnknownWorker(_logger, workerId);
                return;
            }
        }

        var channel = new WorkerChannel(workerId, writer, _workerLogger);
        var running = channel.RunAsync(reader, cancellationToken);
        try
        {
            await InitializeAsync(channel, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            HostLog.WorkerInitFailed(_logger, workerId, ex.Message);
            if (ex is FunctionConfigurationException)
            {
                _functions.TrySetException(ex);
            }
        }

        await running;
        WorkerDisconnected?.Invoke(workerId);
        lock (_lock)
        {
            if (_ready.Task.IsCompletedSuccessfully && _ready.Task.Result == channel)
            {
                _ready = new TaskCompletionSource<WorkerChannel>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private async Task InitializeAsync(WorkerChannel channel, CancellationToken cancellationToken)
    {
        var directory = options.ResolvedScriptRoot;
        var init = await channel.InitializeAsync(directory, options.WorkerReadyTimeout, cancellationToken);
        if (init.Result is { Status: not StatusResult.Types.Status.Success })
        {
            throw new InvalidOperationException($"WorkerInitResponse: {init.Result.Exception?.Message ?? init.Result.Result}");
        }

        HostLog.WorkerInitialized(_logger, channel.WorkerId, channel.HttpUri?.ToString());
        var metadata = await channel.GetMetadataAsync(directory, options.WorkerReadyTimeout, cancellationToken);
        IReadOnlyList<RpcFunctionMetadata> reported = metadata.UseDefaultMetadataIndexing
            ? FunctionsMetadataFile.Read(directory)
            : metadata.FunctionMetadataResults;
        if (!metadata.UseDefaultMetadataIndexing && metadata.Result is { Status: StatusResult.Types.Status.Failure })
        {
            throw new InvalidOperationException($"FunctionMetadataResponse: {metadata.Result.Exception?.Message ?? metadata.Result.Result}");
        }

        var loads = reported.Select(async function =>
        {
            var response = await channel.LoadAsync(function, options.WorkerReadyTimeout, cancellationToken);
            return (function, response);
        });
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var definitions = new List<FunctionDefinition>();
        foreach (var (function, response) in await Task.WhenAll(loads))
        {
            if (response.Result is { Status: not StatusResult.Types.Status.Success })
            {
                HostLog.FunctionLoadFailed(_logger, function.Name, response.Result.Exception?.Message ?? response.Result.Result);
                continue;
            }

            ids[function.Name] = function.FunctionId;
            var disabled = options.GetValue($"AzureWebJobs.{function.Name}.Disabled") is "true" or "True" or "1";
            definitions.Add(FunctionParser.Parse(function.Name, function.RawBindings, options.GetValue) with { Disabled = disabled });
        }

        channel.SetFunctionIds(ids);
        if (_functions.TrySetResult(definitions))
        {
            foreach (var definition in definitions)
            {
                HostLog.FunctionLoaded(_logger, definition.Name, definition.Trigger.Type);
            }
        }

        HostLog.HostRunning(_logger, ids.Count);
        lock (_lock)
        {
            if (!_ready.TrySetResult(channel))
            {
                _ready = new TaskCompletionSource<WorkerChannel>(TaskCreationOptions.RunContinuationsAsynchronously);
                _ready.TrySetResult(channel);
            }
        }
    }

    /// <summary>The current worker once it has loaded its functions; waits (bounded) while it starts or restarts.</summary>
    internal async Task<WorkerChannel> WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + options.WorkerReadyTimeout;
        while (true)
        {
            Task<WorkerChannel> ready;
            lock (_lock)
            {
                ready = _ready.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"no worker was ready within {options.WorkerReadyTimeout}");
            }

            WorkerChannel channel;
            try
            {
                channel = await ready.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"no worker was ready within {options.WorkerReadyTimeout}");
            }

            if (!channel.Closed.IsCompleted)
            {
                return channel;
            }

            // That worker just went away; wait for the next one.
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Sends an invocation to the current worker and waits for its answer.</summary>
    /// <exception cref="WorkerGoneException">The worker went away before it answered.</exception>
    /// <exception cref="TimeoutException">No worker, or no answer within the invocation timeout.</exception>
    internal async Task<InvocationResponse> InvokeAsync(string functionName, InvocationRequest request, CancellationToken cancellationToken)
    {
        var channel = await WaitReadyAsync(cancellationToken);
        if (!channel.FunctionIds.TryGetValue(functionName, out var functionId))
        {
            throw new InvalidOperationException($"the worker has not loaded function '{functionName}'");
        }

        request.FunctionId = functionId;
        HostLog.Invoking(_logger, functionName, request.InvocationId);
        var response = await channel.InvokeAsync(request, options.InvocationTimeout, cancellationToken);
        HostLog.Invoked(_logger, functionName, request.InvocationId, response.Result?.Status.ToString() ?? "no result");
        return response;
    }

    /// <summary>Asks the current worker to end; the supervisor kills it if it does not within the grace period.</summary>
    internal void Terminate(TimeSpan gracePeriod)
    {
        Task<WorkerChannel> ready;
        lock (_lock)
        {
            ready = _ready.Task;
        }

        if (ready.IsCompletedSuccessfully && !ready.Result.Closed.IsCompleted)
        {
            HostLog.WorkerStopping(_logger, ready.Result.WorkerId);
            try
            {
                ready.Result.Terminate(gracePeriod);
            }
            catch (WorkerGoneException)
            {
                // already gone
            }
        }
    }
}
