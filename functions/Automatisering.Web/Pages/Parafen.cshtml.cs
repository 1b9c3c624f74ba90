using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Web;

/// <summary>The signer's inbox: every agendapunt waiting on them, also namens someone they substitute.</summary>
public sealed class ParafenModel(DossierService service) : WebPageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await service.InboxAsync(Gebruiker.Id, ct);
}
