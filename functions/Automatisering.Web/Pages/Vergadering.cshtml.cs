using Automatisering.Domain.Besluitvorming;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// The college secretariat's page: the meeting calendar, a meeting's agenda in order with each item's
/// conceptbesluit, moving and reordering items before the meeting, attendance, recording decisions from the
/// meeting day on, correcting them, and the besluitenlijst.
/// </summary>
public sealed class VergaderingModel(DossierService service, VergaderkalenderService kalenders, TimeProvider time) : WebPageModel
{
    private string? _foutDossier;
    private string? _gekozen;

    public DateOnly Datum { get; private set; }

    public Collegevergadering? Vergadering { get; private set; }

    /// <summary>The meeting of <see cref="Datum"/> in the calendar; null when the college does not meet that day.</summary>
    public GeplandeVergadering? Gepland { get; private set; }

    /// <summary>The coming meetings (twelve weeks), to pick from and to move items to.</summary>
    public IReadOnlyList<GeplandeVergadering> Komende { get; private set; } = [];

    public IReadOnlyList<VervallenVergadering> Vervallen { get; private set; } = [];

    /// <summary>Earlier meetings that have items, to reach their decisions and besluitenlijst.</summary>
    public IReadOnlyList<DateOnly> Eerdere { get; private set; } = [];

    public IReadOnlyList<Persoon> Collegeleden { get; private set; } = [];

    public IReadOnlySet<string> Aanwezig { get; private set; } = new HashSet<string>();

    public bool IsSecretariaat => Gebruiker.HasRol(Rol.Bestuurssecretariaat);

    /// <summary>Decisions are recorded on or after the meeting day.</summary>
    public bool KanBesluiten => NederlandseTijd.Datum(time.GetUtcNow()) >= Datum;

    /// <summary>The agenda can change until the meeting day has passed and as long as nothing is decided.</summary>
    public bool KanAgendaWijzigen => NederlandseTijd.Datum(time.GetUtcNow()) <= Datum && Vergadering?.Agendapunten.All(p => p.Uitkomst is null) != false;

    public async Task OnGetAsync(DateOnly? datum, CancellationToken ct) => await LaadAsync(datum, ct);

    public async Task<IActionResult> OnPostAsync(DateOnly datum, string dossierId, BesluitUitkomst? uitkomst, string? tekst, DateOnly? aangehoudenTot, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        var pre = Voorvoegsel(dossierId);
        _foutDossier = dossierId;
        _gekozen = uitkomst?.ToString();
        if (uitkomst is null) Fouten[pre + "-uitkomst"] = "Besluit: kies Conform, Gewijzigd, Aangehouden of Niet akkoord.";
        if (uitkomst == BesluitUitkomst.Gewijzigd && string.IsNullOrWhiteSpace(tekst)) Fouten[pre + "-tekst"] = "Gewijzigde besluittekst: vul de tekst in zoals het college die heeft vastgesteld.";
        if (uitkomst == BesluitUitkomst.Aangehouden && (aangehoudenTot is null || aangehoudenTot <= datum)) Fouten[pre + "-aangehoudenTot"] = "Aangehouden tot: kies een vergaderdatum na deze vergadering.";
        return await WijzigAsync(Terug(datum), $"Het besluit over \"{Punt(dossierId)?.Onderwerp}\" is vastgelegd.",
            () => service.RecordDecisionAsync(Handeling(null), Gemeente.Slug, datum, dossierId, new Besluit(uitkomst!.Value, tekst?.Trim(), aangehoudenTot), ct),
            e => AlsVeldfout(e, pre), () => LaadAsync(datum, ct));
    }

    public async Task<IActionResult> OnPostCorrectieAsync(DateOnly datum, string dossierId, BesluitUitkomst? uitkomst, string? tekst, string? reden, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        var pre = Voorvoegsel(dossierId);
        _foutDossier = dossierId;
        _gekozen = uitkomst?.ToString();
        if (uitkomst is null) Fouten[pre + "-correctie-uitkomst"] = "Gecorrigeerd besluit: kies Conform, Gewijzigd of Niet akkoord.";
        if (uitkomst == BesluitUitkomst.Gewijzigd && string.IsNullOrWhiteSpace(tekst)) Fouten[pre + "-correctie-tekst"] = "Besluittekst: vul de tekst in zoals het college die heeft vastgesteld.";
        if (string.IsNullOrWhiteSpace(reden)) Fouten[pre + "-correctie-reden"] = "Reden van de correctie: schrijf waarom het besluit wordt gecorrigeerd.";
        return await WijzigAsync(Terug(datum), $"Het besluit over \"{Punt(dossierId)?.Onderwerp}\" is gecorrigeerd en opnieuw verzonden.",
            () => service.CorrigeerBesluitAsync(Handeling(null), Gemeente.Slug, datum, dossierId, new Besluit(uitkomst!.Value, tekst?.Trim()), reden!.Trim(), ct),
            e => AlsVeldfout(e, pre + "-correctie"), () => LaadAsync(datum, ct));
    }

    /// <summary>Moves an item one place up or down; the whole order is sent, so two secretaries never half-apply.</summary>
    public async Task<IActionResult> OnPostVolgordeAsync(DateOnly datum, string dossierId, string richting, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        var ids = Vergadering?.Agendapunten.OrderBy(p => p.Volgorde).Select(p => p.DossierId).ToList() ?? [];
        var index = ids.IndexOf(dossierId);
        var doel = richting == "omhoog" ? index - 1 : index + 1;
        if (index >= 0 && doel >= 0 && doel < ids.Count)
        {
            (ids[index], ids[doel]) = (ids[doel], ids[index]);
        }

        return await WijzigAsync(Terug(datum), "De volgorde van de agenda is aangepast.",
            () => service.HerordenAsync(Handeling(null), Gemeente.Slug, datum, ids, ct), _ => false, () => LaadAsync(datum, ct));
    }

    public async Task<IActionResult> OnPostVerplaatsAsync(DateOnly datum, string dossierId, DateOnly? naar, string? reden, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        var pre = Voorvoegsel(dossierId);
        _foutDossier = dossierId;
        if (naar is null) Fouten[pre + "-naar"] = "Naar vergadering: kies de vergadering waar het agendapunt naartoe gaat.";
        if (string.IsNullOrWhiteSpace(reden)) Fouten[pre + "-reden"] = "Reden: schrijf waarom het agendapunt naar een andere vergadering gaat.";
        return await WijzigAsync(Terug(datum), $"\"{Punt(dossierId)?.Onderwerp}\" staat nu op de vergadering van {WebTekst.Datum(naar)}.",
            () => service.VerplaatsAsync(Handeling(null), Gemeente.Slug, datum, dossierId, naar!.Value, reden!.Trim(), ct),
            e => AlsVeldfout(e, pre), () => LaadAsync(datum, ct));
    }

    public async Task<IActionResult> OnPostAanwezigheidAsync(DateOnly datum, string[]? aanwezig, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        var aanwezigen = aanwezig ?? [];
        var afwezigen = Collegeleden.Select(p => p.Id).Where(id => !aanwezigen.Contains(id, StringComparer.OrdinalIgnoreCase)).ToList();
        return await WijzigAsync(Terug(datum), "De aanwezigheid is opgeslagen.",
            () => service.ZetAanwezigheidAsync(Handeling(null), Gemeente.Slug, datum, aanwezigen, afwezigen, ct), _ => false, () => LaadAsync(datum, ct));
    }

    public async Task<IActionResult> OnPostExtraAsync(DateOnly? nieuweDatum, string? tijd, string? plaats, string? reden, CancellationToken ct)
    {
        var terug = nieuweDatum ?? NederlandseTijd.Datum(time.GetUtcNow());
        await LaadAsync(terug, ct);
        if (nieuweDatum is null) Fouten["extra-datum"] = "Datum: kies de datum van de extra vergadering.";
        if (string.IsNullOrWhiteSpace(reden)) Fouten["extra-reden"] = "Reden: schrijf waarom er een extra vergadering is.";
        return await WijzigAsync(Terug(terug), $"De extra vergadering van {WebTekst.Datum(nieuweDatum)} staat in de kalender.",
            () => kalenders.VoegToeAsync(Handeling(null), Gemeente.Slug, nieuweDatum!.Value, string.IsNullOrWhiteSpace(tijd) ? null : tijd.Trim(), plaats, reden!, ct),
            e => AlsVeldfout(e, "extra"), () => LaadAsync(terug, ct));
    }

    public async Task<IActionResult> OnPostVervallenAsync(DateOnly datum, string? reden, CancellationToken ct)
    {
        await LaadAsync(datum, ct);
        if (string.IsNullOrWhiteSpace(reden)) Fouten["vervallen-reden"] = "Reden: schrijf waarom de vergadering vervalt.";
        return await WijzigAsync("/vergadering", $"De vergadering van {WebTekst.Datum(datum)} vervalt.",
            () => kalenders.LaatVervallenAsync(Handeling(null), Gemeente.Slug, datum, reden!, ct), e => AlsVeldfout(e, "vervallen"), () => LaadAsync(datum, ct));
    }

    public string? FoutVoor(string dossierId, string veld) =>
        dossierId == _foutDossier ? Fouten.GetValueOrDefault($"{Voorvoegsel(dossierId)}-{veld}") : null;

    public string? Gekozen(string dossierId) => dossierId == _foutDossier ? _gekozen : null;

    public string Voorvoegsel(string dossierId) => $"punt-{Punt(dossierId)?.Volgorde}";

    private Agendapunt? Punt(string dossierId) => Vergadering?.Agendapunten.FirstOrDefault(p => p.DossierId == dossierId);

    private static string Terug(DateOnly datum) => $"/vergadering?datum={datum:yyyy-MM-dd}";

    /// <summary>A refusal about one input goes next to it: the domain names the input as the exception's parameter.</summary>
    private bool AlsVeldfout(Exception exception, string pre)
    {
        if (exception is not ArgumentException { ParamName: { } veld } e)
        {
            return false;
        }

        var sleutel = veld switch
        {
            "besluit" => "tekst",
            "datum" => "datum",
            _ => veld,
        };
        Fouten[$"{pre}-{sleutel}"] = e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
        return true;
    }

    private async Task LaadAsync(DateOnly? datum, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var vandaag = NederlandseTijd.Datum(now);
        var kalender = await kalenders.GetAsync(Gemeente.Slug, ct);
        Komende = kalender.Tussen(vandaag, vandaag.AddDays(84));
        Vervallen = kalender.Wijzigingen.Vervallen.Where(v => v.Datum >= vandaag).OrderBy(v => v.Datum).ToList();
        var lijst = await service.ListAsync(Gebruiker.Id, Gemeente.Slug, ct);
        Eerdere = lijst.Where(r => r.Vergaderdatum is { } d && d < vandaag).Select(r => r.Vergaderdatum!.Value).Distinct().OrderDescending().Take(8).ToList();
        Datum = datum ?? Komende.FirstOrDefault()?.Datum ?? vandaag;
        Gepland = kalender.Vergadering(Datum);
        Vergadering = await service.GetVergaderingAsync(Gebruiker.Id, Gemeente.Slug, Datum, ct);
        var leden = Vergadering ?? Collegevergadering.Create(Org, Gemeente.Slug, Datum);
        Collegeleden = leden.Collegeleden(Org);
        Aanwezig = leden.Aanwezigen(Org).Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
