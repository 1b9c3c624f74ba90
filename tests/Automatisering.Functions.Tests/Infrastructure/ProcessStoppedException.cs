namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>Thrown by <see cref="AppendStop"/> where the process would have stopped.</summary>
public sealed class ProcessStoppedException() : Exception("process stopped");
