using Automatisering.Templating;

namespace Automatisering.Web;

/// <summary>One field of the generated dossier form, from a template schema; list fields carry their row fields.</summary>
public sealed record FormulierVeld(string Naam, string Label, FieldType Type, bool Verplicht, int? MaxLength, string? Omschrijving, IReadOnlyList<FormulierVeld> Velden)
{
    public bool IsLijst => Type == FieldType.List;
}
