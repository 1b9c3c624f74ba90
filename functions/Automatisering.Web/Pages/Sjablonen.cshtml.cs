using System.Net.Mime;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Templating;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// The functioneel beheerder's page: per document type the active template (or the standaardsjabloon) and its
/// versions; upload a new one (.docx or .dotx), read the checker's report, preview it as PDF with the sample data,
/// activate it, restore an earlier version, download the current one to edit in Word. Anyone else gets a 403.
/// </summary>
public sealed partial class SjablonenModel(SjabloonBeheer beheer, PdfCache pdf, ILogger<SjablonenModel> logger) : WebPageModel
{
    public IReadOnlyList<SjabloonOverzicht> Overzicht { get; private set; } = [];

    public bool MagBeheren { get; private set; }

    /// <summary>The type chosen in the upload form (kept after a refusal).</summary>
    public string Type { get; private set; } = "agendapunt";

    /// <summary>The version whose report is shown (after an upload, or chosen in the list).</summary>
    public (string Type, int Versie)? RapportVan { get; private set; }

    public TemplateCheckResult? Rapport { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? type, int? versie, CancellationToken ct)
    {
        if (!Mag())
        {
            return Geweigerd();
        }

        if (type is not null && SjabloonBeheer.Typen.Contains(type) && versie is > 0)
        {
            try
            {
                Rapport = await beheer.RapportAsync(Handeling(null), Gemeente.Slug, type, versie.Value, ct);
                RapportVan = (type, versie.Value);
                Type = type;
            }
            catch (SjabloonNotFoundException e)
            {
                Melding = ("Versie niet gevonden", e.Message);
            }
        }

        await LaadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string? type, IFormFile? bestand, CancellationToken ct)
    {
        if (!Mag())
        {
            return Geweigerd();
        }

        Type = type is not null && SjabloonBeheer.Typen.Contains(type) ? type : "agendapunt";
        if (type is null || !SjabloonBeheer.Typen.Contains(type))
        {
            Fouten["type"] = "Documentsoort: kies een documentsoort uit de lijst.";
        }

        if (bestand is null || bestand.Length == 0)
        {
            Fouten["bestand"] = "Sjabloon: kies een Word-bestand (.docx of .dotx).";
        }
        else if (bestand.Length > SjabloonBeheer.MaxBytes)
        {
            Fouten["bestand"] = $"Sjabloon: het bestand is groter dan {SjabloonBeheer.MaxBytes / 1024 / 1024} MB.";
        }

        if (Fouten.Count == 0)
        {
            using var buffer = new MemoryStream();
            await bestand!.CopyToAsync(buffer, ct);
            try
            {
                var upload = await beheer.UploadAsync(Handeling(null), Gemeente.Slug, Type, buffer.ToArray(), bestand.FileName, ct);
                Bevestiging = $"Versie {upload.Versie.Nummer} van het {SjabloonBeheer.Label(Type).ToLowerInvariant()} is opgeslagen. Lees het rapport, bekijk het voorbeeld en activeer de versie als alles klopt.";
                return Redirect($"/sjablonen?type={Type}&versie={upload.Versie.Nummer}#rapport");
            }
            catch (TemplateRejectedException e)
            {
                Fouten["bestand"] = "Sjabloon: dit bestand wordt geweigerd en is niet opgeslagen. " + e.Message;
            }
            catch (SjabloonOngeldigException e)
            {
                Fouten["bestand"] = "Sjabloon: dit sjabloon kan niet worden gebruikt en is niet opgeslagen. Zie het rapport hieronder.";
                Rapport = e.Report;
            }
        }

        await LaadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public Task<IActionResult> OnPostActiverenAsync(string? type, int? versie, CancellationToken ct) =>
        ActiveerAsync(type, versie, herstel: false, ct);

    public Task<IActionResult> OnPostHerstellenAsync(string? type, int? versie, CancellationToken ct) =>
        ActiveerAsync(type, versie, herstel: true, ct);

    /// <summary>Removes an uploaded version that was never active.</summary>
    public async Task<IActionResult> OnPostVerwijderenAsync(string? type, int? versie, CancellationToken ct)
    {
        if (type is null || !SjabloonBeheer.Typen.Contains(type) || versie is not > 0)
        {
            return NotFound();
        }

        try
        {
            await beheer.VerwijderAsync(Handeling(null), Gemeente.Slug, type, versie.Value, ct);
            Bevestiging = $"{SjabloonBeheer.Label(type)}: versie {versie} is verwijderd.";
            return Redirect($"/sjablonen#type-{type}");
        }
        catch (DossierForbiddenException)
        {
            return Geweigerd();
        }
        catch (SjabloonNotFoundException e)
        {
            Melding = ("Versie niet gevonden", e.Message);
        }
        catch (SjabloonInGebruikException e)
        {
            Melding = ("Deze versie blijft bewaard", e.Message);
        }

        await LaadAsync(ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>A stored version with the sample data, as PDF (inline, for a new window).</summary>
    public async Task<IActionResult> OnGetVoorbeeldAsync(string? type, int? versie, CancellationToken ct)
    {
        if (!Mag())
        {
            return Geweigerd();
        }

        if (type is null || !SjabloonBeheer.Typen.Contains(type) || versie is not > 0)
        {
            return NotFound();
        }

        try
        {
            var docx = await beheer.VoorbeeldAsync(Handeling(null), Gemeente.Slug, type, versie.Value, ct);
            var bytes = await pdf.GetAsync(docx, DossierDocumentStore.Sha256(docx), ct);
            Response.Headers.ContentDisposition = $"inline; filename=\"{type}-v{versie}-voorbeeld.pdf\"";
            return File(bytes, MediaTypeNames.Application.Pdf);
        }
        catch (SjabloonNotFoundException)
        {
            return NotFound();
        }
        catch (PdfConversionException)
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
                ContentType = "text/plain; charset=utf-8",
                Content = "Het voorbeeld kon niet naar PDF worden omgezet. Probeer het later opnieuw of download het sjabloon.",
            };
        }
    }

    /// <summary>The active template (else the standaardsjabloon), or a chosen version, as .docx to edit in Word.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? type, int? versie, CancellationToken ct)
    {
        if (!Mag())
        {
            return Geweigerd();
        }

        if (type is null || !SjabloonBeheer.Typen.Contains(type))
        {
            return NotFound();
        }

        try
        {
            if (versie is > 0)
            {
                return File(await beheer.DownloadAsync(Handeling(null), Gemeente.Slug, type, versie.Value, ct), DocumentRenderer.DocxContentType, $"{Gemeente.Slug}-{type}-v{versie}.docx");
            }

            var (docx, id) = await beheer.DownloadActiefAsync(Handeling(null), Gemeente.Slug, type, ct);
            return File(docx, DocumentRenderer.DocxContentType, $"{Gemeente.Slug}-{type}-{id.Split('/')[^1]}.docx");
        }
        catch (SjabloonNotFoundException)
        {
            return NotFound();
        }
    }

    public static string Wie(SjabloonVersie versie, Func<string, string> naam) => $"{naam(versie.GeuploadDoor)}, {WebTekst.Moment(versie.GeuploadOp)}";

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;

    private async Task<IActionResult> ActiveerAsync(string? type, int? versie, bool herstel, CancellationToken ct)
    {
        if (type is null || !SjabloonBeheer.Typen.Contains(type))
        {
            return NotFound();
        }

        if (!herstel && versie is not > 0)
        {
            Melding = ("Kies een versie", "Kies de versie die u wilt activeren.");
        }
        else
        {
            try
            {
                // The domain checks the role again and writes a refusal to the trail.
                await beheer.ActiveerAsync(Handeling(null), Gemeente.Slug, type, versie, herstel, ct);
                var wat = versie is { } n ? $"versie {n}" : "het standaardsjabloon";
                Bevestiging = herstel
                    ? $"{SjabloonBeheer.Label(type)}: {wat} is teruggezet. Nieuwe documenten worden daarmee gemaakt."
                    : $"{SjabloonBeheer.Label(type)}: {wat} is nu actief. Nieuwe documenten worden daarmee gemaakt.";
                LogWeb(logger, Gemeente.Slug, type, wat, Gebruiker.Id);
                return Redirect($"/sjablonen#type-{type}");
            }
            catch (DossierForbiddenException)
            {
                return Geweigerd();
            }
            catch (SjabloonNotFoundException e)
            {
                Melding = ("Versie niet gevonden", e.Message);
            }
        }

        await LaadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private bool Mag() => MagBeheren = beheer.MagBeheren(Gebruiker.Id, Gemeente.Slug);

    private IActionResult Geweigerd()
    {
        Melding = ("Geen toegang", "Alleen de functioneel beheerder van uw gemeente kan sjablonen beheren. Neem contact op met uw functioneel beheerder als een sjabloon moet worden aangepast.");
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct) =>
        Overzicht = await beheer.OverzichtAsync(Handeling(null), Gemeente.Slug, ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Template page: {Type} of {Gemeente} set to {Wat} by {Actor}")]
    private static partial void LogWeb(ILogger logger, string gemeente, string type, string wat, string actor);
}
