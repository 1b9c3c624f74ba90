namespace Automatisering.Domain.Besluitvorming;

public enum AgendapuntSoort
{
    /// <summary>Adopted without discussion.</summary>
    Hamerstuk,

    /// <summary>Discussed in the meeting.</summary>
    Bespreekstuk,
}
