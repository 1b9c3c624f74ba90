namespace Automatisering.Domain.Samenwerking;

public enum PersberichtStatus
{
    /// <summary>Not every participant's communicatieadviseur approved the current text with a quote and contact.</summary>
    WachtOpAkkoord,

    /// <summary>Approved by all; not every college has decided.</summary>
    WachtOpBesluiten,

    /// <summary>A college held the proposal over; the release waits for its later decision.</summary>
    Aangehouden,

    /// <summary>A college did not agree; only the lead can release, to a subset and with a reason.</summary>
    Geblokkeerd,

    /// <summary>Everything is in place; the release goes out at the embargo moment (or now, without one).</summary>
    Gereed,

    /// <summary>Released to some participants (a subset release by the lead).</summary>
    DeelsVrijgegeven,

    /// <summary>Released to every participant.</summary>
    Vrijgegeven,
}
