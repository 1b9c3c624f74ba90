using Automatisering.Domain.Besluitvorming;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// What changed since I last signed (or between any two versions): every field that differs, named by its label, with
/// removed words struck through and added words marked; attachments added or removed.
/// </summary>
public sealed class VerschillenModel(DossierService service) : WebPageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public Versieverschillen? Verschillen { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? van, int? naar, CancellationToken ct)
    {
        Dossier = (await service.GetAsync(Gebruiker.Id, id, ct)).Value;
        if (Dossier.Versies.Count < 2)
        {
            Melding = ("Nog maar één versie", "Dit agendapunt heeft nog maar één versie; er valt niets te vergelijken.");
            return Page();
        }

        try
        {
            Verschillen = await service.VerschillenAsync(Gebruiker.Id, id, van, naar, ct);
        }
        catch (ArgumentException e)
        {
            Fouten["van"] = "Versies: " + e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
