namespace Automatisering.Domain.Notificaties;

public enum Bezorgwijze
{
    /// <summary>Each message when it happens.</summary>
    Direct,

    /// <summary>One message a day at the chosen hour with everything since the last one.</summary>
    Dagoverzicht,
}
