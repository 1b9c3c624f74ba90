using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Automatisering.LocalHost.Worker;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// Invokes a function over gRPC and writes its output bindings. A Failure result, a timeout or a worker that went
/// away mid-invocation are all failed attempts; the caller decides what that means (retry, poison, log).
/// </summary>
internal sealed class FunctionInvoker(WorkerHub hub, OutputBindingWriter outputs, ILogger logger)
{
    public async Task<InvocationResult> InvokeAsync(
        FunctionDefinition function,
        string invocationId,
        TypedData triggerValue,
        TriggerMetadata metadata,
        string? payload,
        CancellationToken cancellationToken)
    {
        // A fresh W3C trace per invocation, as the host starts an activity for each one.
        var traceParent = $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-01";
        var request = new InvocationRequest { InvocationId = invocationId, TraceContext = new RpcTraceContext { TraceParent = traceParent } };
        request.InputData.Add(new ParameterBinding { Name = function.Trigger.Name, Data = triggerValue });
        metadata.CopyTo(request);

        InvocationResponse response;
        try
        {
            response = await hub.InvokeAsync(function.Name, request, cancellationToken);
        }
        catch (Exception ex) when (ex is WorkerGoneException or TimeoutException or InvalidOperationException)
        {
            return new InvocationResult(null, ex.Message);
        }

        if (response.Result is not { Status: StatusResult.Types.Status.Success })
        {
            var error = response.Result?.Exception?.Message is { Length: > 0 } message ? message : response.Result?.Result ?? "the worker reported a failure";
            HostLog.InvocationException(logger, function.Name, invocationId, response.Result?.Exception?.Type ?? string.Empty, response.Result?.Exception?.StackTrace ?? string.Empty);
            return new InvocationResult(response, error);
        }

        try
        {
            await outputs.WriteAsync(function, response, new BindingData(metadata.Text, payload), cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Azure.RequestFailedException or FormatException)
        {
            // As with the host, output bindings that cannot be written fail the invocation (so a message is retried).
            HostLog.OutputsFailed(logger, function.Name, ex.Message);
            return new InvocationResult(response, ex.Message);
        }

        return new InvocationResult(response, null);
    }
}
