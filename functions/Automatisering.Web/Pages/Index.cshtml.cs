using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Web;

public sealed class IndexModel(DossierService service) : WebPageModel
{
    public IReadOnlyList<WerkvoorraadRegel> Dossiers { get; private set; } = [];

    public int AantalParafen { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Dossiers = (await service.ListAsync(Gebruiker.Id, Gebruiker.Gemeente, ct)).OrderByDescending(d => d.GewijzigdOp).ToList();
        AantalParafen = (await service.InboxAsync(Gebruiker.Id, ct)).Count;
    }

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;
}
