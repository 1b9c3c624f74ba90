namespace Automatisering.Functions.Features.Demo;

public sealed record DemoResult(string RequestId, string Text, string Upper, long DequeueCount, DateTimeOffset ProcessedAt);
