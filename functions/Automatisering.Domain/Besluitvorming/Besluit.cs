namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The college's decision on an agenda item as the bestuurssecretariaat enters it: for
/// <see cref="BesluitUitkomst.Gewijzigd"/> the amended decision, as points (<see cref="GewijzigdePunten"/>) or as
/// text in the form of <see cref="Besluittekst"/>; <see cref="AangehoudenTot"/> for <see cref="BesluitUitkomst.Aangehouden"/>.
/// </summary>
public sealed record Besluit(BesluitUitkomst Uitkomst, string? GewijzigdeTekst = null, DateOnly? AangehoudenTot = null, IReadOnlyList<Besluitpunt>? GewijzigdePunten = null)
{
    public static Besluit Conform() => new(BesluitUitkomst.Conform);
    public static Besluit Gewijzigd(string tekst) => new(BesluitUitkomst.Gewijzigd, GewijzigdeTekst: tekst);
    public static Besluit Gewijzigd(IReadOnlyList<Besluitpunt> punten) => new(BesluitUitkomst.Gewijzigd, GewijzigdePunten: punten);
    public static Besluit Aangehouden(DateOnly tot) => new(BesluitUitkomst.Aangehouden, AangehoudenTot: tot);
    public static Besluit NietAkkoord() => new(BesluitUitkomst.NietAkkoord);
}
