using Automatisering.LocalHost.Rpc;
using Grpc.Core;

namespace Automatisering.LocalHost.Worker;

/// <summary>The gRPC endpoint the worker dials (<c>--functions-uri</c>); each stream is handed to the hub.</summary>
internal sealed class FunctionRpcService(WorkerHub hub, IHostApplicationLifetime lifetime) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        // Ending with the server too: an open stream would otherwise hold up the server's shutdown.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        await hub.AttachAsync(requestStream, responseStream, stopping.Token);
    }
}
