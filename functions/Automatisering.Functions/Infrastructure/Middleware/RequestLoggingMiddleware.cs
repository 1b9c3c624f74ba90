using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Automatisering.Functions.Infrastructure.Middleware;

/// <summary>Every invocation at debug level (function, duration); business events are logged where they happen.</summary>
public sealed partial class RequestLoggingMiddleware(ILogger<RequestLoggingMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        await next(context);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var http = context.GetHttpContext();
            LogInvocation(logger, context.FunctionDefinition.Name, http?.Request.Method ?? "-", http?.Request.Path.Value ?? "-", http?.Response.StatusCode ?? 0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Function} {Method} {Path} → {Status} in {Milliseconds:0} ms")]
    private static partial void LogInvocation(ILogger logger, string function, string method, string path, int status, double milliseconds);
}
