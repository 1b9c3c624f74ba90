using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Web;

/// <summary>The shared part of the new and edit pages: the generated fields, and refusals turned into errors next to their field.</summary>
public abstract class DossierFormulierModel(DossierFormulier formulier) : WebPageModel
{
    public FormulierWeergave Formulier { get; protected set; } = new([], new Dictionary<string, string>(), new Dictionary<string, string>());

    public bool FinancieleGevolgen { get; protected set; }

    protected DossierFormulier Velden => formulier;

    protected void Toon(IReadOnlyDictionary<string, string> waarden)
    {
        // The summary lists the errors in the order of the form, whichever check found them.
        var volgorde = Fouten.OrderBy(f => formulier.Positie(Gemeente.Slug, f.Key)).ToList();
        Fouten.Clear();
        foreach (var (naam, tekst) in volgorde)
        {
            Fouten[naam] = tekst;
        }

        Formulier = new FormulierWeergave(formulier.Secties(Gemeente.Slug), waarden, Fouten);
    }

    /// <summary>Puts a refusal next to the field it concerns; false if it is not about a field.</summary>
    protected bool AlsVeldfout(Exception exception, FormulierInvoer invoer)
    {
        switch (exception)
        {
            case FieldValidationException velden:
                foreach (var fout in velden.Errors)
                {
                    // The onderwerp is the page's own input; the other template fields are the generated ones.
                    var naam = fout.Field == "onderwerp" ? "onderwerp" : DossierFormulier.InputNaam(fout.Field, invoer);
                    var label = naam == "onderwerp" ? "Onderwerp" : formulier.Label(Gemeente.Slug, naam);
                    Fouten.TryAdd(naam, $"{label}: {fout.Reason}.");
                }

                return true;
            case ArgumentException { ParamName: "portefeuille" }:
                Fouten.TryAdd("portefeuille", "Portefeuille: er is geen portefeuillehouder met deze portefeuille. Kies een portefeuille uit de lijst.");
                return true;
            case ArgumentException { ParamName: "onderwerp" }:
                Fouten.TryAdd("onderwerp", exception.Message.StartsWith("Hoogstens", StringComparison.Ordinal)
                    ? $"Onderwerp: te lang, hoogstens {Tekstlengte.Kort} tekens."
                    : "Onderwerp: vul het onderwerp in.");
                return true;
            case DossierStateException when exception.Message.Contains(Dossier.ConceptbesluitVeld, StringComparison.Ordinal):
                Fouten.TryAdd(DossierFormulier.Prefix + Dossier.ConceptbesluitVeld, "Conceptbesluit: vul minstens één besluitpunt in.");
                return true;
            default:
                return false;
        }
    }
}
