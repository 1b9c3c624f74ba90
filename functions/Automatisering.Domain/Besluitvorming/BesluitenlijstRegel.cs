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
    DateOnly? AangehoudenTot,
    string Nummer,
    string? Wethouder,
    string? Zaaknummer,
    string? Registratienummer,
    IReadOnlyList<Besluitpunt> Besluitpunten,
    string? Correctie)
{
    /// <summary>Value equality, the points included: two lines are equal when the official text is.</summary>
    public bool Equals(BesluitenlijstRegel? other) =>
        other is not null
        && (Volgorde, DossierId, Onderwerp, Portefeuille, Soort, Besluit, Besluittekst, AangehoudenTot, Nummer, Wethouder, Zaaknummer, Registratienummer, Correctie)
            == (other.Volgorde, other.DossierId, other.Onderwerp, other.Portefeuille, other.Soort, other.Besluit, other.Besluittekst, other.AangehoudenTot, other.Nummer, other.Wethouder, other.Zaaknummer, other.Registratienummer, other.Correctie)
        && Besluitpunten.SequenceEqual(other.Besluitpunten);

    public override int GetHashCode() => HashCode.Combine(Volgorde, DossierId, Besluit, Besluitpunten.Count);
}
