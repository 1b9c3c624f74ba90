using Automatisering.Domain.Raadsinformatie;

namespace Automatisering.Web;

/// <summary>The cooperations whose council information platform the signed-in person may open.</summary>
public sealed class RaadsinformatieIndexModel(RaadsinformatieService service) : WebPageModel
{
    public IReadOnlyList<(string Verband, IReadOnlyList<Gemeente> Gemeenten)> Verbanden { get; private set; } = [];

    public void OnGet() => Verbanden = service.Verbanden(Gebruiker.Id).Select(v => (v, service.Deelnemers(v))).ToList();
}
