namespace Automatisering.Functions.Tests.Distributie;

public sealed record GraphStubAntwoord(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null, byte[]? Bytes = null)
{
    public static GraphStubAntwoord Accepted { get; } = new(202);

    public static GraphStubAntwoord Throttled(int retryAfterSeconds) =>
        new(429, """{"error":{"code":"ApplicationThrottled","message":"Too many requests"}}""",
            new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString() });

    public static GraphStubAntwoord Error(int status, string code) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"stub says {{{status}}}"}}""");
}
