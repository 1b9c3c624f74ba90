using Automatisering.Templating;

namespace Automatisering.Web;

/// <summary>One field of the generated dossier form, from a template schema; list fields carry their row fields.</summary>
/// <param name="Format">An e-mail or phone field (an input of that type); null for plain text.</param>
/// <param name="Keuzes">The values a choice field allows (radio buttons, or a select when there are many); null otherwise.</param>
public sealed record FormulierVeld(
    string Naam,
    string Label,
    FieldType Type,
    bool Verplicht,
    int? MaxLength,
    string? Omschrijving,
    IReadOnlyList<FormulierVeld> Velden,
    FieldFormat? Format = null,
    IReadOnlyList<string>? Keuzes = null)
{
    /// <summary>More choices than this become a select instead of radio buttons, which a phone screen would not hold.</summary>
    public const int MaximumKeuzerondjes = 4;

    public bool IsLijst => Type == FieldType.List;
}
