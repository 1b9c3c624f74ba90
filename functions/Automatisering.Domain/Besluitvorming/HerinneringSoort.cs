namespace Automatisering.Domain.Besluitvorming;

public enum HerinneringSoort
{
    /// <summary>To whoever holds the current step.</summary>
    Herinnering,

    /// <summary>To the gemeentesecretaris, when the step has waited past the escalation limit.</summary>
    Escalatie,
}
