namespace Automatisering.LocalHost.Worker;

/// <summary>The worker's stream ended while a request to it was pending (crash, restart, stop).</summary>
public sealed class WorkerGoneException(string message) : Exception(message);
