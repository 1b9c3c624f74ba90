namespace Automatisering.Domain.Besluitvorming;

public enum StapToestand
{
    Afgerond,
    Bezig,
    Open,
    Overgeslagen,

    /// <summary>The step's signer sent the item back; it waits on the steller, not on the step.</summary>
    Teruggestuurd,
}
