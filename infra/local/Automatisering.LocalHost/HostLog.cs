using Automatisering.LocalHost.Rpc;

namespace Automatisering.LocalHost;

/// <summary>Everything the local host logs; Information for what a person looks for, Debug per request and invocation.</summary>
internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Information, "Local Functions host: script root {ScriptRoot}, HTTP on {HttpAddress}, gRPC on {GrpcAddress}")]
    public static partial void HostStarted(ILogger logger, string scriptRoot, string httpAddress, string grpcAddress);

    [LoggerMessage(2, LogLevel.Information, "Worker process {ProcessId} started: dotnet {Dll}")]
    public static partial void WorkerProcessStarted(ILogger logger, int processId, string dll);

    [LoggerMessage(3, LogLevel.Information, "{Line}")]
    public static partial void WorkerOutput(ILogger logger, string line);

    [LoggerMessage(4, LogLevel.Warning, "{Line}")]
    public static partial void WorkerError(ILogger logger, string line);

    [LoggerMessage(5, LogLevel.Information, "Worker {WorkerId} connected (HTTP at {HttpUri})")]
    public static partial void WorkerInitialized(ILogger logger, string workerId, string? httpUri);

    [LoggerMessage(6, LogLevel.Information, "Function '{Function}' loaded ({Trigger})")]
    public static partial void FunctionLoaded(ILogger logger, string function, string trigger);

    [LoggerMessage(7, LogLevel.Error, "Function '{Function}' failed to load: {Error}")]
    public static partial void FunctionLoadFailed(ILogger logger, string function, string error);

    [LoggerMessage(8, LogLevel.Information, "Host running: {Count} function(s) loaded")]
    public static partial void HostRunning(ILogger logger, int count);

    [LoggerMessage(9, LogLevel.Warning, "Worker {WorkerId} exited unexpectedly; restarting in {Delay}")]
    public static partial void WorkerExited(ILogger logger, string workerId, TimeSpan delay);

    [LoggerMessage(10, LogLevel.Error, "Worker could not be started; retrying in {Delay}")]
    public static partial void WorkerStartFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(11, LogLevel.Debug, "Executing '{Function}' (Id={InvocationId})")]
    public static partial void Invoking(ILogger logger, string function, string invocationId);

    [LoggerMessage(12, LogLevel.Debug, "Executed '{Function}' (Id={InvocationId}, {Status})")]
    public static partial void Invoked(ILogger logger, string function, string invocationId, string status);

    [LoggerMessage(13, LogLevel.Information, "Executed '{Function}' (Succeeded, Id={MessageId}, DequeueCount={DequeueCount})")]
    public static partial void QueueSucceeded(ILogger logger, string function, string messageId, long dequeueCount);

    [LoggerMessage(14, LogLevel.Warning, "Executed '{Function}' (Failed, Id={MessageId}, DequeueCount={DequeueCount}): {Error}")]
    public static partial void QueueFailed(ILogger logger, string function, string messageId, long dequeueCount, string error);

    [LoggerMessage(15, LogLevel.Warning, "Message {MessageId} has reached MaxDequeueCount of {MaxDequeueCount}. Moving message to queue '{PoisonQueue}'")]
    public static partial void MovedToPoison(ILogger logger, string messageId, int maxDequeueCount, string poisonQueue);

    [LoggerMessage(16, LogLevel.Error, "Listener for '{Function}' failed; retrying")]
    public static partial void ListenerError(ILogger logger, string function, Exception exception);

    [LoggerMessage(17, LogLevel.Information, "Executing '{Function}' (Reason='Timer fired at {Time:o}', IsPastDue={IsPastDue})")]
    public static partial void TimerFiring(ILogger logger, string function, DateTimeOffset time, bool isPastDue);

    [LoggerMessage(18, LogLevel.Warning, "Executed '{Function}' (Failed): {Error}")]
    public static partial void InvocationFailed(ILogger logger, string function, string error);

    [LoggerMessage(19, LogLevel.Information, "'{Function}': next occurrence {Next:o}")]
    public static partial void TimerScheduled(ILogger logger, string function, DateTimeOffset next);

    [LoggerMessage(20, LogLevel.Debug, "{Method} {Path} -> '{Function}' (Id={InvocationId})")]
    public static partial void HttpForwarding(ILogger logger, string method, string path, string function, string invocationId);

    [LoggerMessage(21, LogLevel.Debug, "{Method} {Path}: no function matches")]
    public static partial void HttpNotFound(ILogger logger, string method, string path);

    [LoggerMessage(22, LogLevel.Debug, "{Method} {Path}: the client went away")]
    public static partial void HttpClientGone(ILogger logger, string method, string path);

    [LoggerMessage(23, LogLevel.Information, "Admin API master key (header x-functions-key): {MasterKey}")]
    public static partial void GeneratedMasterKey(ILogger logger, string masterKey);

    [LoggerMessage(24, LogLevel.Warning, "Output bindings of '{Function}' not written: {Error}")]
    public static partial void OutputsFailed(ILogger logger, string function, string error);

    [LoggerMessage(25, LogLevel.Information, "Admin API: running '{Function}'")]
    public static partial void AdminInvoke(ILogger logger, string function);

    [LoggerMessage(26, LogLevel.Information, "Stopping worker {WorkerId}")]
    public static partial void WorkerStopping(ILogger logger, string workerId);

    [LoggerMessage(27, LogLevel.Warning, "A worker stream with unknown worker id '{WorkerId}' was refused")]
    public static partial void UnknownWorker(ILogger logger, string workerId);

    [LoggerMessage(28, LogLevel.Error, "Worker {WorkerId} failed to initialize: {Error}")]
    public static partial void WorkerInitFailed(ILogger logger, string workerId, string error);

    [LoggerMessage(30, LogLevel.Debug, "'{Function}' (Id={InvocationId}) failed with {Type}:{NewLine}{StackTrace}")]
    private static partial void InvocationException(ILogger logger, string function, string invocationId, string type, string newLine, string stackTrace);

    public static void InvocationException(ILogger logger, string function, string invocationId, string type, string stackTrace) =>
        InvocationException(logger, function, invocationId, type, Environment.NewLine, stackTrace);

    /// <summary>Log lines the worker sends over gRPC, at the worker's own level and category.</summary>
    public static void WorkerLog(ILogger logger, RpcLog log)
    {
        var level = log.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        // The framework's own chatter inside the worker (routing, hosting) is detail, not what a person looks for.
        if (level < LogLevel.Warning && log.Category.StartsWith("Microsoft.", StringComparison.Ordinal))
        {
            level = LogLevel.Debug;
        }

        if (level == LogLevel.None || !logger.IsEnabled(level))
        {
            return;
        }

        var exception = log.Exception is { } e && !string.IsNullOrEmpty(e.Message) ? $"{Environment.NewLine}{e.Type}: {e.Message}{Environment.NewLine}{e.StackTrace}" : string.Empty;
        WorkerLogLine(logger, level, log.Category, log.Message, exception);
    }

    [LoggerMessage(EventId = 29, Message = "[{Category}] {Message}{Exception}")]
    private static partial void WorkerLogLine(ILogger logger, LogLevel level, string category, string message, string exception);
}
