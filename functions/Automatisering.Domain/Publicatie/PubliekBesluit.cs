using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Publicatie;

/// <summary>
/// A public decision as published: one besluitenlijst entry of one meeting, copied out of the dossier with only
/// what may be seen (no fields, parafen, names of officials or documents of the dossier itself). The public
/// endpoints read these records only, never the dossiers.
/// </summary>
public sealed record PubliekBesluit(
    string Gemeente,
    string GemeenteNaam,
    DateOnly Vergaderdatum,
    string? Tijd,
    string? Plaats,
    string DossierId,
    int Volgorde,
    string Agendanummer,
    string? Registratienummer,
    string? Zaaknummer,
    string Onderwerp,
    string Portefeuille,
    string? Wethouder,
    AgendapuntSoort Soort,
    BesluitUitkomst Uitkomst,
    string? Besluittekst,
    IReadOnlyList<Besluitpunt> Besluitpunten,
    DateOnly? AangehoudenTot,
    DateTimeOffset GepubliceerdOp,
    DateTimeOffset GewijzigdOp,
    IReadOnlyList<PubliekeCorrectie> Correcties)
{
    /// <summary>The entry's id in the feed and the API: stable across corrections.</summary>
    public string Sleutel => $"{Gemeente}/{Vergaderdatum:yyyy-MM-dd}/{DossierId}";

    public bool IsGecorrigeerd => Correcties.Count > 0;
}
