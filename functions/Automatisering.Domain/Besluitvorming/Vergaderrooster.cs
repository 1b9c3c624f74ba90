namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// When a municipality's college meets, from the organisation configuration: a regular weekday and time, the
/// agenda deadline, and extra or cancelled meetings known in advance. A gemeente without one meets on Tuesday at
/// 09:30 with the agenda closing Wednesday 12:00 the week before, the most common arrangement.
/// </summary>
public sealed record Vergaderrooster
{
    /// <summary>The weekday in Dutch, e.g. "dinsdag".</summary>
    public string Dag { get; init; } = "dinsdag";

    /// <summary>Start time, "HH:mm" (Dutch time).</summary>
    public string Tijd { get; init; } = "09:30";

    /// <summary>Where the college meets, printed on the besluitenlijst.</summary>
    public string? Plaats { get; init; }

    /// <summary>
    /// The agenda closes this many days before the meeting at <see cref="SluitingTijd"/>: items signed by the
    /// portefeuillehouder later go to a later meeting.
    /// </summary>
    public int SluitingDagenVooraf { get; init; } = 6;

    public string SluitingTijd { get; init; } = "12:00";

    public IReadOnlyList<ExtraVergadering> Extra { get; init; } = [];

    public IReadOnlyList<DateOnly> Vervallen { get; init; } = [];

    public static readonly Vergaderrooster Standaard = new();
}
