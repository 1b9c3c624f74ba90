namespace Automatisering.Domain.Besluitvorming;

public enum BesluitUitkomst
{
    Conform,
    Gewijzigd,
    Aangehouden,
    NietAkkoord,
}
