namespace Automatisering.Domain.Besluitvorming;

/// <summary>One line of the besluitenlijst (list of decisions) of a college meeting.</summary>
public sealed record BesluitenlijstRegel(
    int Volgorde,
    string DossierId,
    string Onderwerp,
    string Portefeuille,
    AgendapuntSoort Soort,
    string Besluit,
    string? Besluittekst,
    DateOnly? AangehoudenTot);
