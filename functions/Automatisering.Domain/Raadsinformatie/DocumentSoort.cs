namespace Automatisering.Domain.Raadsinformatie;

/// <summary>The kinds of document a cooperation gives its councils (reference doc. 004, chapter 3).</summary>
public enum DocumentSoort
{
    Beleidsplan,
    Evaluatie,
    Begroting,
    Jaarverslag,
    Rapportage,
    Ontwerpverordening,
}
