namespace Automatisering.Functions.Features.Health;

public sealed record HealthReport(string Status, string Version, string Storage);
