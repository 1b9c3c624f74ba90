namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The college's decision on an agenda item as the bestuurssecretariaat enters it: <see cref="GewijzigdeTekst"/>
/// is required for <see cref="BesluitUitkomst.Gewijzigd"/>, <see cref="AangehoudenTot"/> for <see cref="BesluitUitkomst.Aangehouden"/>.
/// </summary>
public sealed record Besluit(BesluitUitkomst Uitkomst, string? GewijzigdeTekst = null, DateOnly? AangehoudenTot = null)
{
    public static Besluit Conform() => new(BesluitUitkomst.Conform);
    public static Besluit Gewijzigd(string tekst) => new(BesluitUitkomst.Gewijzigd, GewijzigdeTekst: tekst);
    public static Besluit Aangehouden(DateOnly tot) => new(BesluitUitkomst.Aangehouden, AangehoudenTot: tot);
    public static Besluit NietAkkoord() => new(BesluitUitkomst.NietAkkoord);
}
