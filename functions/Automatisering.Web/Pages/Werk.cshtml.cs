using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Web;

/// <summary>"Mijn werk": parafen waiting on me (and on whom I substitute), my returned items, my concepts, my items on an agenda.</summary>
public sealed class WerkModel(DossierService service) : WebPageModel
{
    public MijnWerk Werk { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(CancellationToken ct) => Werk = await service.MijnWerkAsync(Gebruiker.Id, ct);
}
