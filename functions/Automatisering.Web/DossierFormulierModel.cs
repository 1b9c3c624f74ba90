using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Web;

/// <summary>The shared part of the new and edit pages: the generated fields, and refusals turned into errors next to their field.</summary>
public abstract class DossierFormulierModel(DossierFormulier formulier) : WebPageModel
{
    public FormulierWeergave Formulier { get; protected set; } = new([], new Dictionary<string, string>(), new Dictionary<string, string>());

    public bool FinancieleGevolgen { get; protected set; }

    protected DossierFormulier Velden => formulier;

    protected void Toon(IReadOnlyDictionary<string, string> waarden) =>
        Formulier = new FormulierWeergave(formulier.Secties(Gemeente.Slug), waarden, Fouten);

    /// <summary>Puts a refusal next to the field it concerns; false if it is not about a field.</summary>
    protected bool AlsVeldfout(Exception exception, FormulierInvoer invoer)
    {
        switch (exception)
        {
            case FieldValidationException velden:
                foreach (var fout in velden.Errors)
                {
                    var naam = DossierFormulier.InputNaam(fout.Field, invoer);
                    var label = formulier.Label(Gemeente.Slug, naam);
                    Fouten.TryAdd(naam, $"{label}: {fout.Reason}.");
                }

                return true;
            case ArgumentException { ParamName: "portefeuille" }:
                Fouten.TryAdd("portefeuille", "Portefeuille: er is geen portefeuillehouder met deze portefeuille. Kies een portefeuille uit de lijst.");
                return true;
            case ArgumentException { ParamName: "onderwerp" }:
                Fouten.TryAdd("onderwerp", "Onderwerp: vul het onderwerp in.");
                return true;
            case DossierStateException when exception.Message.Contains(Dossier.ConceptbesluitVeld, StringComparison.Ordinal):
                Fouten.TryAdd(DossierFormulier.Prefix + Dossier.ConceptbesluitVeld, "Conceptbesluit: vul minstens één besluitpunt in.");
                return true;
            default:
                return false;
        }
    }
}
