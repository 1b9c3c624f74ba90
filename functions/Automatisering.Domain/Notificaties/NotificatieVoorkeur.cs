namespace Automatisering.Domain.Notificaties;

/// <summary>How a person wants to be told: right away, or in a daily digest at <see cref="Uur"/> (Dutch time).</summary>
public sealed record NotificatieVoorkeur(Bezorgwijze Wijze = Bezorgwijze.Direct, int Uur = 8)
{
    public static readonly NotificatieVoorkeur Standaard = new();
}
