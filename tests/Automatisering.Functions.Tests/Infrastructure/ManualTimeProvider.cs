namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>A clock the test moves, for behaviour that depends on elapsed working days.</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
