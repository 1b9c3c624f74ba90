using Automatisering.Domain.Besluitvorming;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>The college secretariat's page: a meeting's agenda, the decisions, and the besluitenlijst.</summary>
public sealed class VergaderingModel(DossierService service, TimeProvider time) : WebPageModel
{
    private string? _foutDossier;
    private string? _gekozen;

    public DateOnly Datum { get; private set; }

    public Collegevergadering? Vergadering { get; private set; }

    /// <summary>Meeting dates that items of the gemeente are scheduled for, to pick from.</summary>
    public IReadOnlyList<DateOnly> Geplande { get; private set; } = [];

    public bool IsSecretariaat => Gebruiker.HasRol(Rol.Bestuurssecretariaat);

    public async Task OnGetAsync(DateOnly? datum, CancellationToken ct) => await LaadAsync(datum, ct);

    public async Task<IActionResult> OnPostAsync(DateOnly datum, string dossierId, BesluitUitkomst? uitkomst, string? tekst, DateOnly? aangehoudenTot, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        var punt = Vergadering?.Agendapunten.FirstOrDefault(p => p.DossierId == dossierId);
        var pre = $"punt-{punt?.Volgorde}";
        _foutDossier = dossierId;
        _gekozen = uitkomst?.ToString();
        if (uitkomst is null) Fouten[pre + "-uitkomst"] = "Besluit: kies Conform, Gewijzigd, Aangehouden of Niet akkoord.";
        if (uitkomst == BesluitUitkomst.Gewijzigd && string.IsNullOrWhiteSpace(tekst)) Fouten[pre + "-tekst"] = "Gewijzigde besluittekst: vul de tekst in zoals het college die heeft vastgesteld.";
        if (uitkomst == BesluitUitkomst.Aangehouden && (aangehoudenTot is null || aangehoudenTot <= datum)) Fouten[pre + "-aangehoudenTot"] = "Aangehouden tot: kies een vergaderdatum na deze vergadering.";
        // Errors are keyed by the agenda item's inputs; FoutVoor finds them per item.
        return await WijzigAsync($"/vergadering?datum={datum:yyyy-MM-dd}", $"Het besluit over \"{punt?.Onderwerp}\" is vastgelegd.",
            () => service.RecordDecisionAsync(Handeling(null), Gemeente.Slug, datum, dossierId, new Besluit(uitkomst!.Value, tekst?.Trim(), aangehoudenTot), ct),
            _ => false, () => LaadAsync(datum, ct));
    }

    public string? FoutVoor(string dossierId, string veld)
    {
        if (dossierId != _foutDossier)
        {
            return null;
        }

        var punt = Vergadering?.Agendapunten.FirstOrDefault(p => p.DossierId == dossierId);
        return Fouten.GetValueOrDefault($"punt-{punt?.Volgorde}-{veld}");
    }

    public string? Gekozen(string dossierId) => dossierId == _foutDossier ? _gekozen : null;

    private async Task LaadAsync(DateOnly? datum, CancellationToken ct)
    {
        var lijst = await service.ListAsync(Gebruiker.Id, Gemeente.Slug, ct);
        Geplande = lijst.Where(r => r.Vergaderdatum is not null && r.Status is DossierStatus.Geagendeerd or DossierStatus.Aangehouden or DossierStatus.Besloten)
            .Select(r => r.Vergaderdatum!.Value).Distinct().Order().ToList();
        var vandaag = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Datum = datum ?? Geplande.FirstOrDefault(g => g >= vandaag, Geplande.LastOrDefault(vandaag));
        Vergadering = await service.GetVergaderingAsync(Gebruiker.Id, Gemeente.Slug, Datum, ct);
    }
}
