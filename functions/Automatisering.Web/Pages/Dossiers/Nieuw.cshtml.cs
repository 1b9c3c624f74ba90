using Automatisering.Domain.Besluitvorming;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

public sealed class NieuwModel(DossierService service, DossierFormulier formulier) : DossierFormulierModel(formulier)
{
    public string? Onderwerp { get; private set; }

    public string? Portefeuille { get; private set; }

    public void OnGet() => Toon(new Dictionary<string, string>());

    public async Task<IActionResult> OnPostAsync(string? onderwerp, string? portefeuille, bool financieleGevolgenRoute, CancellationToken ct)
    {
        Onderwerp = onderwerp?.Trim();
        Portefeuille = portefeuille;
        FinancieleGevolgen = financieleGevolgenRoute;
        var invoer = Velden.Lees(Gemeente.Slug, Request.Form);
        if (string.IsNullOrWhiteSpace(onderwerp))
        {
            Fouten["onderwerp"] = "Onderwerp: vul het onderwerp in.";
        }

        if (string.IsNullOrWhiteSpace(portefeuille))
        {
            Fouten["portefeuille"] = "Portefeuille: kies een portefeuille.";
        }

        if (Fouten.Count > 0)
        {
            // Every problem in one round: the template fields are checked too when the page's own fields already
            // fail, instead of only after those are put right. Otherwise creating the item checks them.
            AlsVeldfout(new FieldValidationException(service.CheckVelden(Gebruiker.Id, Onderwerp ?? "", invoer.Velden)), invoer);
        }
        else
        {
            try
            {
                var stored = await service.CreateAsync(Handeling(null), Gemeente.Slug, onderwerp!, portefeuille!, financieleGevolgenRoute, invoer.Velden, ct);
                Bevestiging = "Het concept is opgeslagen. Bekijk het voorbeeld van de documenten en dien het agendapunt in.";
                return Redirect($"/dossiers/{stored.Value.Id}");
            }
            catch (Exception e) when (AlsVeldfout(e, invoer))
            {
            }
        }

        Toon(DossierFormulier.Waarden(Request.Form));
        return Page();
    }
}
