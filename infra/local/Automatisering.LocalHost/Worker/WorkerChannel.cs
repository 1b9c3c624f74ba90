using System.Collections.Concurrent;
using System.Threading.Channels;
using Automatisering.LocalHost.Rpc;
using Grpc.Core;

namespace Automatisering.LocalHost.Worker;

/// <summary>
/// One worker's EventStream: a single writer loop (a gRPC stream writer allows one write at a time) and a reader
/// loop that hands each answer to whoever waits for it, by request kind, function id or invocation id.
/// </summary>
internal sealed class WorkerChannel(string workerId, IServerStreamWriter<StreamingMessage> writer, ILogger workerLogger)
{
    private readonly Channel<StreamingMessage> _outgoing = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<WorkerInitResponse> _init = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<FunctionMetadataResponse> _metadata = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<FunctionLoadResponse>> _loads = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InvocationResponse>> _invocations = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string WorkerId { get; } = workerId;

    /// <summary>The worker's own HTTP address (capability <c>HttpUri</c>), where HTTP requests are forwarded.</summary>
    public Uri? HttpUri { get; private set; }

    /// <summary>Function name → the worker's id for it.</summary>
    public IReadOnlyDictionary<string, string> FunctionIds { get; private set; } = new Dictionary<string, string>();

    public Task Closed => _closed.Task;

    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> reader, CancellationToken cancellationToken)
    {
        var writing = WriteLoopAsync(cancellationToken);
        try
        {
            while (await reader.MoveNext(cancellationToken))
            {
                Dispatch(reader.Current);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or Grpc.Core.RpcException or IOException or InvalidOperationException)
        {
            // the worker went away or the host is stopping: both end the stream
        }
        finally
        {
            _outgoing.Writer.TryComplete();
            Close();
            await writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task<WorkerInitResponse> InitializeAsync(string applicationDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Send(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest
            {
                HostVersion = "4.0.0-local",
                WorkerDirectory = applicationDirectory,
                FunctionAppDirectory = applicationDirectory,
            },
        });
        var response = await WaitAsync(_init.Task, timeout, "WorkerInitResponse", cancellationToken);
        if (response.Capabilities.TryGetValue("HttpUri", out var httpUri) && Uri.TryCreate(httpUri, UriKind.Absolute, out var uri))
        {
            HttpUri = uri;
        }

        return response;
    }

    public Task<FunctionMetadataResponse> GetMetadataAsync(string applicationDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Send(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = applicationDirectory } });
        return WaitAsync(_metadata.Task, timeout, "FunctionMetadataResponse", cancellationToken);
    }

    public async Task<FunctionLoadResponse> LoadAsync(RpcFunctionMetadata metadata, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pending = _loads.GetOrAdd(metadata.FunctionId, _ => new TaskCompletionSource<FunctionLoadResponse>(TaskCreationOptions.RunContinuationsAsynchronously));
        Send(new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = metadata.FunctionId, Metadata = metadata } });
        return await WaitAsync(pending.Task, timeout, $"FunctionLoadResponse for '{metadata.Name}'", cancellationToken);
    }

    public void SetFunctionIds(IReadOnlyDictionary<string, string> ids) => FunctionIds = ids;

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pending = new TaskCompletionSource<InvocationResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _invocations[request.InvocationId] = pending;
        try
        {
            if (_closed.Task.IsCompleted)
            {
                throw new WorkerGoneException($"worker {WorkerId} is gone");
            }

            Send(new StreamingMessage { InvocationRequest = request });
            return await WaitAsync(pending.Task, timeout, $"the answer to invocation {request.InvocationId}", cancellationToken);
        }
        finally
        {
            _invocations.TryRemove(request.InvocationId, out _);
        }
    }

    public void Terminate(TimeSpan gracePeriod) =>
        Send(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(gracePeriod) } });

    private void Send(StreamingMessage message)
    {
        if (!_outgoing.Writer.TryWrite(message))
        {
            throw new WorkerGoneException($"worker {WorkerId} is gone");
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _outgoing.Reader.ReadAllAsync(cancellationToken))
            {
                await writer.WriteAsync(message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or Grpc.Core.RpcException or IOException or InvalidOperationException)
        {
            // the stream ended; the reader loop closes the channel
        }
        finally
        {
            Close();
        }
    }

    private void Dispatch(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.RpcLog:
                HostLog.WorkerLog(workerLogger, message.RpcLog);
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                _init.TrySetResult(message.WorkerInitResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                _metadata.TrySetResult(message.FunctionMetadataResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                _loads.GetOrAdd(message.FunctionLoadResponse.FunctionId, _ => new TaskCompletionSource<FunctionLoadResponse>(TaskCreationOptions.RunContinuationsAsynchronously))
                    .TrySetResult(message.FunctionLoadResponse);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                // request_id comes back empty; the invocation id is the only correlation.
                if (_invocations.TryGetValue(message.InvocationResponse.InvocationId, out var pending))
                {
                    pending.TrySetResult(message.InvocationResponse);
                }

                break;
        }
    }

    private void Close()
    {
        if (!_closed.TrySetResult())
        {
            return;
        }

        var gone = new WorkerGoneException($"worker {WorkerId} is gone");
        _init.TrySetException(gone);
        _metadata.TrySetException(gone);
        foreach (var load in _loads.Values)
        {
            load.TrySetException(gone);
        }

        foreach (var invocation in _invocations.Values)
        {
            invocation.TrySetException(gone);
        }
    }

    private async Task<T> WaitAsync<T>(Task<T> task, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"worker {WorkerId} sent no {what} within {timeout}");
        }
    }
}
