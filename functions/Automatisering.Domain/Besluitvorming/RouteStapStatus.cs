namespace Automatisering.Domain.Besluitvorming;

/// <summary>One line of the route progress view: who signed when, or whom the step waits on.</summary>
public sealed record RouteStapStatus(
    int Nummer,
    string Naam,
    IReadOnlyList<Rol> Rollen,
    StapToestand Toestand,
    IReadOnlyList<Paraaf> Parafen,
    IReadOnlyList<Wachtende> WachtOp,
    DateTimeOffset? ActiefSinds);
