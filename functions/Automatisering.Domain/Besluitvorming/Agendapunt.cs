namespace Automatisering.Domain.Besluitvorming;

/// <summary>An item on a college meeting's agenda, with the decision once taken.</summary>
public sealed record Agendapunt(
    int Volgorde,
    string DossierId,
    string Onderwerp,
    string Portefeuille,
    AgendapuntSoort Soort,
    BesluitUitkomst? Uitkomst = null,
    string? Besluittekst = null,
    DateOnly? AangehoudenTot = null);
