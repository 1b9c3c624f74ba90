namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A reminder that is due. <see cref="Sleutel"/> is the same however often the timer computes it, so storage can
/// record it once and a timer firing twice sends it once.
/// </summary>
public sealed record Herinnering(
    HerinneringSoort Soort,
    string DossierId,
    int StapNummer,
    string StapNaam,
    int Versie,
    IReadOnlyList<Wachtende> Ontvangers,
    IReadOnlyList<Wachtende> WachtOp,
    DateTimeOffset WachtendSinds,
    int WerkdagenGewacht,
    string Sleutel);
