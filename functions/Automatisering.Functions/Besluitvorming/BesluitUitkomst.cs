namespace Automatisering.Functions.Besluitvorming;

public enum BesluitUitkomst
{
    Conform,
    Gewijzigd,
    Aangehouden,
    NietAkkoord,
}
