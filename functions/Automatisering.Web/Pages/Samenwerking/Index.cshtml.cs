using Automatisering.Domain.Samenwerking;

namespace Automatisering.Web;

public sealed class SamenwerkingIndexModel(SamenwerkingService service) : WebPageModel
{
    public IReadOnlyList<Samenwerkingsvoorstel> Voorstellen { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Voorstellen = await service.ListVoorstellenAsync(Gebruiker.Id, ct);
}
