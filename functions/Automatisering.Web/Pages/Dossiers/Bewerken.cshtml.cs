using Automatisering.Domain.Besluitvorming;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

public sealed class BewerkenModel(DossierService service, DossierFormulier formulier) : DossierFormulierModel(formulier)
{
    public Dossier Dossier { get; private set; } = null!;

    public string ETag { get; private set; } = "";

    public async Task OnGetAsync(string id, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        FinancieleGevolgen = Dossier.FinancieleGevolgen;
        Toon(DossierFormulier.Waarden(Dossier.Velden));
    }

    public async Task<IActionResult> OnPostAsync(string id, string? etag, bool financieleGevolgenRoute, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        FinancieleGevolgen = financieleGevolgenRoute;
        var invoer = Velden.BehoudVerborgen(Gemeente.Slug, Dossier.Velden, Velden.Lees(Gemeente.Slug, Request.Form));
        try
        {
            await service.EditAsync(Handeling(etag), id, invoer.Velden, financieleGevolgenRoute, ct);
            Bevestiging = "De nieuwe versie is opgeslagen. Bekijk het voorbeeld en dien het agendapunt (opnieuw) in.";
            return Redirect($"/dossiers/{id}");
        }
        catch (Exception e) when (AlsVeldfout(e, invoer))
        {
            ETag = etag ?? ETag;
            Toon(DossierFormulier.Waarden(Request.Form));
            return Page();
        }
    }

    private async Task LaadAsync(string id, CancellationToken ct)
    {
        var stored = await service.GetAsync(Gebruiker.Id, id, ct);
        Dossier = stored.Value;
        ETag = stored.ETag.ToString();
    }
}
