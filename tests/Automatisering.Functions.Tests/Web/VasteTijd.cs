namespace Automatisering.Functions.Tests.Web;

/// <summary>A clock standing still at a chosen moment, e.g. inside a configured substitution period.</summary>
internal sealed class VasteTijd(DateTimeOffset nu) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => nu;
}
