namespace Automatisering.Functions.Besluitvorming;

public enum StapToestand
{
    Afgerond,
    Bezig,
    Open,
    Overgeslagen,
}
