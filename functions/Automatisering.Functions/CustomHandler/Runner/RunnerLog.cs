namespace Automatisering.Functions.CustomHandler.Runner;

internal static partial class RunnerLog
{
    [LoggerMessage(1, LogLevel.Information, "Local trigger runner: {Count} function(s) from {ScriptRoot}")]
    public static partial void Started(ILogger logger, int count, string scriptRoot);

    [LoggerMessage(2, LogLevel.Information, "Local trigger runner is off: the Functions host drives the triggers")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "Executed '{Function}' (Succeeded, Id={MessageId}, DequeueCount={DequeueCount})")]
    public static partial void QueueSucceeded(ILogger logger, string function, string messageId, long dequeueCount);

    [LoggerMessage(4, LogLevel.Warning, "Executed '{Function}' (Failed, Id={MessageId}, DequeueCount={DequeueCount}): {Error}")]
    public static partial void QueueFailed(ILogger logger, string function, string messageId, long dequeueCount, string error);

    [LoggerMessage(5, LogLevel.Warning, "Message {MessageId} has reached MaxDequeueCount of {MaxDequeueCount}. Moving message to queue '{PoisonQueue}'")]
    public static partial void MovedToPoison(ILogger logger, string messageId, int maxDequeueCount, string poisonQueue);

    [LoggerMessage(6, LogLevel.Information, "[{Function}] {Line}")]
    public static partial void FunctionLog(ILogger logger, string function, string line);

    [LoggerMessage(7, LogLevel.Error, "Listener for '{Function}' failed; retrying")]
    public static partial void ListenerError(ILogger logger, string function, Exception exception);

    [LoggerMessage(8, LogLevel.Information, "Executing '{Function}' (Reason='Timer fired at {Time:o}', IsPastDue={IsPastDue})")]
    public static partial void TimerFiring(ILogger logger, string function, DateTimeOffset time, bool isPastDue);

    [LoggerMessage(9, LogLevel.Warning, "Executed '{Function}' (Failed): {Error}")]
    public static partial void TimerFailed(ILogger logger, string function, string error);

    [LoggerMessage(10, LogLevel.Information, "'{Function}': next occurrence {Next:o}")]
    public static partial void TimerScheduled(ILogger logger, string function, DateTimeOffset next);
}
