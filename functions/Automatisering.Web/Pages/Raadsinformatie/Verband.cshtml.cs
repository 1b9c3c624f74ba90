using System.Globalization;
using Automatisering.Domain.Raadsinformatie;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// A cooperation's platform for its councils: the joint proposals with each municipality's decisions, the library
/// (search by title and kind; the executing organisation and the griffiers upload), and the theme meetings
/// (calendar of coming ones, those held with their notes; a griffier plans one).
/// </summary>
public sealed class RaadsinformatieVerbandModel(RaadsinformatieService service, TimeProvider time) : WebPageModel
{
    public string Verband { get; private set; } = "";

    public IReadOnlyList<Gemeente> Deelnemers { get; private set; } = [];

    public IReadOnlyList<SamenwerkingsOverzicht> Voorstellen { get; private set; } = [];

    public IReadOnlyList<Raadsdocument> Documenten { get; private set; } = [];

    public IReadOnlyList<Themabijeenkomst> Komend { get; private set; } = [];

    public IReadOnlyList<Themabijeenkomst> Geweest { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Soort { get; set; }

    /// <summary>What was posted, to show a refused form as it was sent.</summary>
    public Dictionary<string, string?> Invoer { get; } = new(StringComparer.Ordinal);

    public bool MagUploaden => service.MagUploaden(Gebruiker.Id, Verband);

    public bool IsGriffier => service.IsGriffier(Gebruiker.Id, Verband);

    public string Vandaag => NederlandseTijd.Datum(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string? Waarde(string naam) => Invoer.GetValueOrDefault(naam);

    public async Task<IActionResult> OnGetAsync(string verband, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Soort) && !Enum.TryParse<DocumentSoort>(Soort, out _))
        {
            Fouten["soort"] = "Soort: kies een soort uit de lijst.";
        }

        await LaadAsync(verband, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string verband, string? bestaandId, string? titel, string? soort, string? datum, string? periodeVan, string? periodeTot, bool vertrouwelijk, IFormFile? bestand, CancellationToken ct)
    {
        Invoer["titel"] = titel; Invoer["soort"] = soort; Invoer["datum"] = datum; Invoer["periodeVan"] = periodeVan; Invoer["periodeTot"] = periodeTot;
        if (!Enum.TryParse<DocumentSoort>(soort, out var documentSoort) || !Enum.IsDefined(documentSoort)) Fouten["soort-upload"] = "Soort: kies een soort document.";
        var dag = Datum(datum, "datum", "Datum van het document");
        var van = Datum(periodeVan, "periodeVan", "Periode vanaf");
        var tot = Datum(periodeTot, "periodeTot", "Periode tot en met");
        if (bestand is null || bestand.Length == 0) Fouten["bestand"] = "Bestand: kies een PDF- of Word-bestand.";
        else if (bestand.Length > RaadsinformatieService.MaxBestand) Fouten["bestand"] = "Bestand: het bestand is groter dan 20 MB.";

        return await WijzigAsync($"/raadsinformatie/{verband}#bibliotheek", "Het document staat in de bibliotheek.", async () =>
        {
            using var buffer = new MemoryStream();
            await bestand!.CopyToAsync(buffer, ct);
            await service.UploadAsync(Gebruiker.Id, verband, string.IsNullOrWhiteSpace(bestaandId) ? null : bestaandId, titel ?? "", documentSoort, dag, van, tot, vertrouwelijk,
                bestand.FileName, bestand.ContentType, buffer.ToArray(), ct);
        }, AlsVeldfout, () => LaadAsync(verband, ct));
    }

    public async Task<IActionResult> OnPostPlanAsync(string verband, string? titel, string? datum, string? tijd, string? plaats, string[]? gemeenten, string? agenda, string[]? documenten, CancellationToken ct)
    {
        Invoer["plan-titel"] = titel; Invoer["plan-datum"] = datum; Invoer["plan-tijd"] = tijd; Invoer["plan-plaats"] = plaats; Invoer["plan-agenda"] = agenda;
        var dag = Datum(datum, "plan-datum", "Datum");
        var onderdelen = (agenda ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((onderwerp, i) => new AgendaOnderdeel(onderwerp, i == 0 ? documenten ?? [] : []))
            .ToList();
        if (onderdelen.Count == 0 && documenten is { Length: > 0 })
        {
            onderdelen.Add(new AgendaOnderdeel("Bespreking van de stukken", documenten));
        }

        return await WijzigAsync($"/raadsinformatie/{verband}#themabijeenkomsten", "De themabijeenkomst is gepland; de raadsleden en griffiers zijn uitgenodigd.",
            () => service.PlanAsync(Gebruiker.Id, verband, titel ?? "", dag, tijd ?? "", plaats ?? "", gemeenten ?? [], onderdelen, ct), e => AlsVeldfout(e, "plan-"), () => LaadAsync(verband, ct));
    }

    public string SoortLabel(DocumentSoort soort) => soort switch
    {
        DocumentSoort.Ontwerpverordening => "Ontwerpverordening",
        _ => soort.ToString(),
    };

    private DateOnly Datum(string? waarde, string veld, string label)
    {
        if (DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag))
        {
            return dag;
        }

        Fouten[veld] = string.IsNullOrEmpty(waarde) ? $"{label}: kies een datum." : $"{label}: dit is geen geldige datum (dd-mm-jjjj).";
        return default;
    }

    private bool AlsVeldfout(Exception exception) => AlsVeldfout(exception, "");

    private bool AlsVeldfout(Exception exception, string prefix)
    {
        if (exception is ArgumentException { ParamName: { } veld } e)
        {
            Fouten[prefix + veld] = e.Message.Replace($" (Parameter '{veld}')", "", StringComparison.Ordinal);
            return true;
        }

        return false;
    }

    private async Task LaadAsync(string verband, CancellationToken ct)
    {
        var verbanden = service.Verbanden(Gebruiker.Id);
        Verband = verbanden.FirstOrDefault(v => string.Equals(v, verband, StringComparison.OrdinalIgnoreCase)) ?? verband;
        Deelnemers = service.Deelnemers(Verband);
        Voorstellen = await service.VoorstellenAsync(Gebruiker.Id, Verband, ct);
        DocumentSoort? soort = Enum.TryParse<DocumentSoort>(Soort, out var s) ? s : null;
        Documenten = await service.DocumentenAsync(Gebruiker.Id, Verband, Zoek, soort, ct);
        (Komend, Geweest) = await service.BijeenkomstenAsync(Gebruiker.Id, Verband, ct);
    }
}
