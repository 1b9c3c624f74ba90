namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A sign-off for one role on one exact document version. <see cref="NamensPersoonId"/> is set when a substitute
/// signed for the assigned person, so the agendapunt can show "namens".
/// </summary>
public sealed record Paraaf(
    Rol Rol,
    string PersoonId,
    string Naam,
    string Initialen,
    string? NamensPersoonId,
    DateTimeOffset GegevenOp,
    int Versie,
    string VersieHash,
    string? Opmerking = null);
