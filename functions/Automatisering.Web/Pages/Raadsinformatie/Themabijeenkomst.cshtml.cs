using Automatisering.Domain.Raadsinformatie;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// One theme meeting: date, place, the councils taking part, the agenda with its documents from the library; a
/// griffier registers the attendance of their own raadsleden and, afterwards, publishes the notes.
/// </summary>
public sealed class ThemabijeenkomstModel(RaadsinformatieService service, TimeProvider time) : WebPageModel
{
    public string Verband { get; private set; } = "";

    public Themabijeenkomst Bijeenkomst { get; private set; } = null!;

    public IReadOnlyDictionary<string, Raadsdocument> Documenten { get; private set; } = new Dictionary<string, Raadsdocument>();

    public IReadOnlyList<Gemeente> Deelnemers { get; private set; } = [];

    /// <summary>The griffier's own raadsleden, when the griffier's council takes part.</summary>
    public IReadOnlyList<Persoon> EigenRaadsleden { get; private set; } = [];

    public bool KanVerslagPubliceren => service.IsGriffier(Gebruiker.Id, Verband) && NederlandseTijd.Datum(time.GetUtcNow()) >= Bijeenkomst.Datum;

    public string? VerslagInvoer { get; private set; }

    public Task OnGetAsync(string verband, string id, CancellationToken ct) => LaadAsync(verband, id, ct);

    public Task<IActionResult> OnPostAanwezigheidAsync(string verband, string id, string[]? aanwezig, CancellationToken ct) =>
        WijzigAsync($"/raadsinformatie/{verband}/themabijeenkomsten/{id}#aanwezigheid", "De aanwezigheid is geregistreerd.",
            () => service.RegistreerAanwezigheidAsync(Gebruiker.Id, verband, id, aanwezig ?? [], ct), AlsVeldfout, () => LaadAsync(verband, id, ct));

    public Task<IActionResult> OnPostVerslagAsync(string verband, string id, string? verslag, CancellationToken ct)
    {
        VerslagInvoer = verslag;
        return WijzigAsync($"/raadsinformatie/{verband}/themabijeenkomsten/{id}#verslag", "Het verslag is gepubliceerd.",
            () => service.PubliceerVerslagAsync(Gebruiker.Id, verband, id, verslag ?? "", ct), AlsVeldfout, () => LaadAsync(verband, id, ct));
    }

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;

    public string GemeenteNaam(string slug) => Org.FindGemeente(slug)?.Naam ?? slug;

    private bool AlsVeldfout(Exception exception)
    {
        if (exception is ArgumentException { ParamName: { } veld } e)
        {
            Fouten[veld] = e.Message.Replace($" (Parameter '{veld}')", "", StringComparison.Ordinal);
            return true;
        }

        return false;
    }

    private async Task LaadAsync(string verband, string id, CancellationToken ct)
    {
        Bijeenkomst = await service.BijeenkomstAsync(Gebruiker.Id, verband, id, ct);
        Verband = Bijeenkomst.Samenwerkingsverband;
        Deelnemers = service.Deelnemers(Verband);

        // Only what the person may see: a confidential document stays off the agenda for whom it is not meant.
        var zichtbaar = await service.DocumentenAsync(Gebruiker.Id, Verband, null, null, ct);
        Documenten = zichtbaar.ToDictionary(d => d.Id);
        EigenRaadsleden = service.IsGriffier(Gebruiker.Id, Verband) && Bijeenkomst.Gemeenten.Contains(Gebruiker.Gemeente, StringComparer.OrdinalIgnoreCase)
            ? service.Raadsleden(Gebruiker.Gemeente)
            : [];
    }
}
