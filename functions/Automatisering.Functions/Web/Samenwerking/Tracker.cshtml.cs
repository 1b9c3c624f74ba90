using Automatisering.Functions.Samenwerking;

namespace Automatisering.Functions.Web;

/// <summary>The joint proposal tracker: every participating municipality side by side, and the planned process.</summary>
public sealed class TrackerModel(SamenwerkingService service) : WebPageModel
{
    public SamenwerkingsOverzicht Overzicht { get; private set; } = null!;

    public async Task OnGetAsync(string id, CancellationToken ct) => Overzicht = await service.TrackerAsync(Gebruiker.Id, id, ct);
}
