namespace Automatisering.Domain.Besluitvorming;

public enum StapToestand
{
    Afgerond,
    Bezig,
    Open,
    Overgeslagen,
}
