namespace Automatisering.Domain.Notificaties;

/// <summary>What happened that a person must act on or know about.</summary>
public enum GebeurtenisSoort
{
    /// <summary>Submitted, or the route moved to a next step: the people the step waits on.</summary>
    VolgendeStap,

    /// <summary>Returned to the steller, with the comment.</summary>
    Teruggestuurd,

    /// <summary>The portefeuillehouder put it on a meeting: steller and secretariat.</summary>
    Geagendeerd,

    /// <summary>The college decided (or a decision was corrected): steller and portefeuillehouder.</summary>
    Besloten,

    /// <summary>A joint press release's draft is ready: the communication advisors of the participants.</summary>
    PersberichtConcept,

    /// <summary>The shared text changed, so the approvals lapsed.</summary>
    PersberichtGewijzigd,

    /// <summary>Released to the municipalities (the embargo passed).</summary>
    PersberichtVrijgegeven,

    /// <summary>Held: a college held the item over or did not agree.</summary>
    PersberichtAangehouden,
}
