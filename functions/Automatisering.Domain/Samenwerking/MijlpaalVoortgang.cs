namespace Automatisering.Domain.Samenwerking;

/// <summary>A milestone as the tracker shows it; <see cref="TeLaat"/> when its planned date passed without it happening.</summary>
public sealed record MijlpaalVoortgang(
    string Id,
    string Omschrijving,
    MijlpaalSoort Soort,
    string? Gemeente,
    DateOnly GeplandOp,
    bool Gebeurd,
    DateOnly? GebeurdOp,
    bool TeLaat);
