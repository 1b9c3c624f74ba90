namespace Automatisering.Domain.Samenwerking;

/// <summary>The kinds of step in a joint besluitvormingsproces (cf. "Werk aan de Winkel", section 1.3).</summary>
public enum MijlpaalSoort
{
    Conferentie,
    Bespreking,
    Consultatie,
    VoorlopigCollegebesluit,
    Collegebesluit,
    Raadsbijeenkomst,
    Raadsbesluit,
    Overig,
}
