namespace Automatisering.Functions.Features.Demo;

public sealed record DemoRequest(string? Text);
