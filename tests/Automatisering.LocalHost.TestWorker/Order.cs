namespace Automatisering.LocalHost.TestWorker;

public sealed record Order(string OrderId, string Customer);
