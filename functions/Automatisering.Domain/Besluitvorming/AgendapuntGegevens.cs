namespace Automatisering.Domain.Besluitvorming;

/// <summary>What the regenerated agendapunt needs from the dossier after the decision.</summary>
public sealed record AgendapuntGegevens(
    string DossierId,
    string Onderwerp,
    DateOnly? Vergaderdatum,
    string? Afdeling,
    IReadOnlyList<ParafenRegel> Parafen,
    string? BesluitRegel,
    string? Besluittekst);
