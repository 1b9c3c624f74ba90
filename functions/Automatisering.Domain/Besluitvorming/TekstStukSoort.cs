namespace Automatisering.Domain.Besluitvorming;

public enum TekstStukSoort
{
    Gelijk,
    Weg,
    Erbij,
}
