namespace Automatisering.Functions.Features.Demo;

public sealed record DemoMessage(string RequestId, string Text, DateTimeOffset CreatedAt);
