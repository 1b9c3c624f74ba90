namespace Automatisering.Functions.CustomHandler.Runner;

public sealed record InvocationResult(bool Success, InvocationResponse? Response, string? Error)
{
    public static InvocationResult Succeeded(InvocationResponse response) => new(true, response, null);

    public static InvocationResult Failed(string error) => new(false, null, error);
}
