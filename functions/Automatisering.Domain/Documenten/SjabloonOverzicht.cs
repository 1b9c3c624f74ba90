namespace Automatisering.Domain.Documenten;

/// <summary>A document type as the template page lists it: its versions and which one is active (none: the standaardsjabloon).</summary>
public sealed record SjabloonOverzicht(string Gemeente, string Type, SjabloonIndex Index)
{
    public string ActiefId => Index.ActieveVersie is { } v ? SjabloonStore.Id(Gemeente, Type, v.Nummer) : SjabloonStore.Standaard;
}
