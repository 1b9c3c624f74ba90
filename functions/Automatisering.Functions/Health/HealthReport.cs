namespace Automatisering.Functions.Health;

public sealed record HealthReport(string Status, string Version, string Storage);
