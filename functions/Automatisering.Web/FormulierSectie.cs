namespace Automatisering.Web;

/// <summary>The fields one template contributes to the dossier form, under the template's title.</summary>
public sealed record FormulierSectie(string Titel, IReadOnlyList<FormulierVeld> Velden);
