using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Web;

public sealed class IndexModel(DossierService service) : WebPageModel
{
    public IReadOnlyList<WerkvoorraadRegel> Dossiers { get; private set; } = [];

    public int AantalParafen { get; private set; }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Raadsleden, griffiers and the executing organisation have the council information platform, not the college's work list.
        if (!Gebruiker.WerktVoorCollege)
        {
            return Redirect("/raadsinformatie");
        }

        Dossiers = (await service.ListAsync(Gebruiker.Id, Gebruiker.Gemeente, ct)).OrderByDescending(d => d.GewijzigdOp).ToList();
        AantalParafen = (await service.InboxAsync(Gebruiker.Id, ct)).Count;
        return Page();
    }

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;
}
