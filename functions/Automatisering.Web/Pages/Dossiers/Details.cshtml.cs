using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Templating;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// One agendapunt: its stand, the route (who signed when, whom it waits on), the documents, and the actions the
/// signed-in person may take: submit or add an attachment (steller), paraaf or return (the one it waits on).
/// </summary>
public sealed class DetailsModel(DossierService service, VergaderkalenderService kalenders, PdfWeergaven pdf, TimeProvider time) : WebPageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public string ETag { get; private set; } = "";

    public IReadOnlyList<RouteStapStatus> Route { get; private set; } = [];

    /// <summary>Set when the dossier waits on the signed-in person (for themselves or namens someone).</summary>
    public Wachtende? MijnBeurt { get; private set; }

    public bool IsAuteur => Dossier.AuteurId == Gebruiker.Id;

    public string Document { get; private set; } = "agendapunt";

    /// <summary>The current version's attachments (e.g. the handvest), by stored file name.</summary>
    public IReadOnlyList<string> Bijlagen { get; private set; } = [];

    /// <summary>Where the shown document's PDF stands (made ahead by the function app).</summary>
    public PdfStand PdfStand { get; private set; } = new(PdfStand.Bezig);

    public string? Vergaderdatum { get; private set; }

    public AgendapuntSoort Soort { get; private set; } = AgendapuntSoort.Bespreekstuk;

    /// <summary>For the portefeuillehouder: the coming meetings whose agenda is still open.</summary>
    public IReadOnlyList<GeplandeVergadering> Vergaderingen { get; private set; } = [];

    /// <summary>Before submitting: the steps the route will take, who signs each, and which conditional steps apply.</summary>
    public IReadOnlyList<(int Nummer, string Naam, string Wie, string? Voorwaarde)> GeplandeRoute { get; private set; } = [];

    /// <summary>The next item waiting on the signed-in person, to go on with after a paraaf.</summary>
    public InboxItem? Volgende { get; private set; }

    public Task OnGetAsync(string id, string? document, CancellationToken ct)
    {
        Document = document == "collegeadvies" ? "collegeadvies" : "agendapunt";
        return LaadAsync(id, ct);
    }

    public Task<IActionResult> OnPostIndienenAsync(string id, string? etag, string? antwoord, CancellationToken ct)
    {
        if (antwoord?.Trim().Length > Tekstlengte.Lang)
        {
            Fouten["antwoord"] = $"Uw antwoord op de opmerking: maximaal {Tekstlengte.Lang} tekens.";
        }

        return Handel(id, "Het agendapunt is ingediend en staat nu bij de eerste parafeerder.", () => service.SubmitAsync(Handeling(etag), id, ct, antwoord), ct);
    }

    public Task<IActionResult> OnPostParaafAsync(string id, string? etag, string? versieHash, string? vergaderdatum, AgendapuntSoort? soort, string? paraafOpmerking, CancellationToken ct)
    {
        Vergaderdatum = vergaderdatum;
        Soort = soort ?? AgendapuntSoort.Bespreekstuk;
        DateOnly? datum = null;
        if (!string.IsNullOrEmpty(vergaderdatum))
        {
            if (DateOnly.TryParseExact(vergaderdatum, "yyyy-MM-dd", out var d) || DateOnly.TryParseExact(vergaderdatum, "dd-MM-yyyy", out d))
            {
                datum = d;
            }
            else
            {
                Fouten["vergaderdatum"] = "Collegevergadering: kies een vergadering uit de lijst.";
            }
        }

        if (paraafOpmerking?.Trim().Length > Tekstlengte.Lang)
        {
            Fouten["paraafOpmerking"] = $"Opmerking bij uw paraaf: maximaal {Tekstlengte.Lang} tekens.";
        }

        return Handel(id, "Uw paraaf is opgeslagen.", () => service.GiveParaafAsync(Handeling(etag), id, versieHash ?? "", datum, Soort, ct, paraafOpmerking), ct);
    }

    public Task<IActionResult> OnPostRetourAsync(string id, string? etag, string? opmerking, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(opmerking))
        {
            Fouten["opmerking"] = "Opmerking: schrijf waarom u het agendapunt terugstuurt.";
        }

        return Handel(id, "Het agendapunt is teruggestuurd naar de steller.", () => service.ReturnAsync(Handeling(etag), id, opmerking!.Trim(), ct), ct);
    }

    public async Task<IActionResult> OnPostBijlageAsync(string id, string? etag, IFormFile? bestand, CancellationToken ct)
    {
        byte[] inhoud = [];
        var naam = "";
        if (bestand is null || bestand.Length == 0)
        {
            Fouten["bestand"] = "Bijlage: kies een bestand.";
        }
        else if (bestand.Length > MaxBijlage)
        {
            Fouten["bestand"] = "Bijlage: het bestand is groter dan 20 MB.";
        }
        else if (BijlageNaam(bestand.FileName) is not { } geldig)
        {
            Fouten["bestand"] = "Bijlage: alleen een Word-bestand (.docx) of een PDF (.pdf) kan worden toegevoegd.";
        }
        else
        {
            naam = geldig;
            using var buffer = new MemoryStream();
            await bestand.CopyToAsync(buffer, ct);
            inhoud = buffer.ToArray();
        }

        return await Handel(id, $"De bijlage {naam} is toegevoegd. Het agendapunt heeft nu een nieuwe versie.", () => service.AddBijlageAsync(Handeling(etag), id, naam, inhoud, ct), ct);
    }

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;

    /// <summary>Which template made a document of the current version, as recorded in the dossier.</summary>
    public string Sjabloon(string naam) => SjabloonTekst(Dossier.HuidigeVersie.Sjablonen?.GetValueOrDefault(naam + ".docx"));

    public static string SjabloonTekst(string? id) => id switch
    {
        null => "niet vastgelegd",
        Automatisering.Domain.Documenten.SjabloonStore.Standaard => "standaardsjabloon",
        _ => id,
    };

    private Task<IActionResult> Handel(string id, string bevestiging, Func<Task> actie, CancellationToken ct) =>
        WijzigAsync($"/dossiers/{id}", bevestiging, actie, AlsVeldfout, () => LaadAsync(id, ct));

    private bool AlsVeldfout(Exception exception)
    {
        switch (exception)
        {
            case ArgumentException { ParamName: "vergaderdatum" } e:
                Fouten["vergaderdatum"] = string.IsNullOrEmpty(Vergaderdatum)
                    ? "Collegevergadering: kies de vergadering waarop het college dit behandelt."
                    : "Collegevergadering: " + e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
                return true;
            case ArgumentException { ParamName: "opmerking" } e:
                Fouten["opmerking"] = "Opmerking: " + e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
                return true;
            case ArgumentException { ParamName: "naam" or "bestand" } e:
                Fouten["bestand"] = "Bijlage: " + e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
                return true;
            case TemplateRejectedException e:
                Fouten["bestand"] = "Bijlage: dit bestand wordt geweigerd. " + e.Message;
                return true;
            case DossierStateException e when e.Message.Contains(Dossier.ConceptbesluitVeld, StringComparison.Ordinal):
                Melding = ("Het agendapunt is niet compleet", "Er staat geen conceptbesluit in. Bewerk het agendapunt en vul minstens één besluitpunt in.");
                return true;
            default:
                return false;
        }
    }

    private async Task LaadAsync(string id, CancellationToken ct)
    {
        var stored = await service.GetAsync(Gebruiker.Id, id, ct);
        var now = time.GetUtcNow();
        Dossier = stored.Value;
        ETag = stored.ETag.ToString();
        Route = Dossier.RouteProgress(Org, now);
        Bijlagen = await service.BijlagenAsync(Dossier, ct);
        MijnBeurt = Dossier.Status == DossierStatus.InRoute ? Dossier.WaitingOn(Org, now).FirstOrDefault(w => w.PersoonId == Gebruiker.Id) : null;
        Volgende = (await service.InboxAsync(Gebruiker.Id, ct)).FirstOrDefault(i => i.DossierId != Dossier.Id);
        if (Route.Count == 0)
        {
            var gemeente = Org.GetGemeente(Dossier.Gemeente);
            GeplandeRoute = gemeente.Route.Stappen.Select((stap, i) => (
                i + 1,
                stap.Naam ?? string.Join(" + ", stap.ParsedRollen.Select(r => r.Label())),
                string.Join(", ", stap.ParsedRollen.SelectMany(r => Org.ResolveRol(Dossier.Gemeente, r, Dossier.Afdeling, Dossier.Portefeuille)).Select(p => p.Naam).Distinct()),
                stap.When is null ? null : RouteVoorwaarden.Evaluate(stap.When, Dossier.FinancieleGevolgen)
                    ? "alleen bij financiële gevolgen; dat geldt voor dit agendapunt"
                    : "alleen bij financiële gevolgen; wordt overgeslagen")).ToList();
        }

        if (MijnBeurt?.Rol == Rol.Portefeuillehouder)
        {
            Vergaderingen = (await kalenders.GetAsync(Dossier.Gemeente, ct)).Kiesbaar(now);
        }

        if (await service.DocumentAsync(Gebruiker.Id, id, Document + ".docx", null, ct) is { } document)
        {
            PdfStand = await pdf.StandOpvragenAsync(id, document, ct);
        }
    }

    private const long MaxBijlage = 20 * 1024 * 1024;

    /// <summary>
    /// The stored name for an uploaded file: "Handvest SSWZM (def).docx" becomes "handvest-sswzm-def.docx";
    /// null when it is not a .docx or .pdf. A name that would replace a generated document gets a prefix.
    /// </summary>
    internal static string? BijlageNaam(string bestandsnaam)
    {
        // Some browsers on Windows send the whole path; only the last part is the file's name.
        var naam = bestandsnaam[(bestandsnaam.LastIndexOfAny(['/', '\\']) + 1)..].Normalize(NormalizationForm.FormD);
        naam = new string(naam.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
        var extensie = Path.GetExtension(naam);
        var stam = Regex.Replace(Path.GetFileNameWithoutExtension(naam), "[^a-z0-9._-]+", "-", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim('.', '-', '_');
        stam = stam.Length == 0 ? "bijlage" : stam[..Math.Min(stam.Length, 75)];
        naam = stam + extensie;
        if (DossierDocumenten.VersionTemplates.Any(t => naam == t + ".docx"))
        {
            naam = "bijlage-" + naam;
        }

        return DossierDocumenten.IsBijlageNaam(naam) ? naam : null;
    }
}
