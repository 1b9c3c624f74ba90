namespace Automatisering.Domain.Besluitvorming;

public static class BesluitUitkomsten
{
    /// <summary>As printed after "Besluit B&amp;W:" on the agendapunt.</summary>
    public static string Label(this BesluitUitkomst uitkomst) => uitkomst switch
    {
        BesluitUitkomst.Conform => "Conform",
        BesluitUitkomst.Gewijzigd => "Gewijzigd",
        BesluitUitkomst.Aangehouden => "Aangehouden",
        BesluitUitkomst.NietAkkoord => "Niet akkoord",
        _ => uitkomst.ToString(),
    };
}
