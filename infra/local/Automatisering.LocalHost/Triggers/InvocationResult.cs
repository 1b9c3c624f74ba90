using Automatisering.LocalHost.Rpc;

namespace Automatisering.LocalHost.Triggers;

/// <summary>An invocation's outcome: the worker's response on success, else why it failed.</summary>
internal sealed record InvocationResult(InvocationResponse? Response, string? Error)
{
    public bool Succeeded => Error is null;
}
