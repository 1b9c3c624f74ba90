namespace Automatisering.Web;

/// <summary>
/// The demo's own clock: the seed plays a few weeks of work in order (a decision needs its meeting day to have
/// come), so the data reads as if it happened, with every timestamp in the past.
/// </summary>
public sealed class DemoKlok(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Nu { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Nu;

    /// <summary>Moves on (never back), as each demo action takes a moment.</summary>
    public void Naar(DateTimeOffset moment) => Nu = moment > Nu ? moment : Nu;

    public void Verder(TimeSpan duur) => Nu += duur;
}
