using System.Net.Mime;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Identity;
using Automatisering.Domain.Samenwerking;
using Automatisering.Templating;
using Microsoft.Net.Http.Headers;

namespace Automatisering.Web;

/// <summary>
/// The Dutch web interface: Razor Pages under <c>Pages/</c> that call the
/// services in-process, plus the few plain endpoints the pages link to (style sheet, logos, PDFs).
/// </summary>
public static class WebExtensions
{
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(options => options.RootDirectory = "/Pages")
            .AddMvcOptions(options => options.Filters.Add<WebFoutFilter>());
        services.AddAntiforgery(options => options.Cookie.Name = "automatisering-formulier");
        services.AddSingleton<WebGemeenten>();
        services.AddSingleton<DossierFormulier>();
        services.AddSingleton<PdfCache>();
        if (configuration.GetValue<bool>(DemoSeed.SettingName))
        {
            services.AddHostedService<DemoSeed>();
            services.AddHostedService<RaadsinformatieDemoSeed>();
        }

        return services;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/stijl.css", () => Results.Text(WebAssets.Stylesheet, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/pdf-stand.js", () => Results.Text(WebAssets.PdfStandScript, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/logo/{gemeente}.png", (string gemeente, WebGemeenten gemeenten) =>
            gemeenten.LogoPath(gemeente) is { } path ? Results.File(path, "image/png") : Results.NotFound());
        app.MapGet("/dossiers/{id}/documenten/{naam}", Document);
        app.MapGet("/dossiers/{id}/documenten/{naam}/pdf-stand", PdfStandVan);
        app.MapGet("/vergadering/{datum}/besluitenlijst", Besluitenlijst);
        app.MapGet("/samenwerking/{id}/persbericht/voorbeeld/{gemeente}", PersberichtVoorbeeld);
        app.MapGet("/raadsinformatie/{verband}/documenten/{id}", Raadsdocument);

        // Any other page address: a Dutch page, not the API's problem details.
        app.MapFallbackToPage("/NietGevonden");
        return app;
    }

    /// <summary>A document of the dossier's current version as PDF (inline, for the embedded viewer) or as Word.</summary>
    private static async Task<IResult> Document(string id, string naam, string? formaat, bool? download, HttpContext http, DossierService service, PdfWeergaven weergaven, CancellationToken ct)
    {
        if (http.User.GetPersonId() is not { } persoon)
        {
            return Results.Redirect("/aanmelden");
        }

        if (naam is not ("agendapunt" or "collegeadvies"))
        {
            // An attachment, by its stored file name (e.g. handvest.docx): downloaded as it was uploaded.
            return DossierDocumenten.IsBijlageNaam(naam) && await service.DocumentAsync(persoon, id, naam, null, ct) is { } bijlage
                ? Bestand(http, bijlage.Content, bijlage.ContentType, bijlage.Name, inline: false)
                : Results.NotFound();
        }

        if (await service.DocumentAsync(persoon, id, naam + ".docx", null, ct) is not { } document)
        {
            return Results.NotFound();
        }

        if (formaat == "docx")
        {
            return Bestand(http, document.Content, DocumentRenderer.DocxContentType, $"{naam}-{id}.docx", inline: false);
        }

        // The PDF made ahead by the function app; the dossier page shows the Word file and waits while it is not there.
        var (pdf, stand) = await weergaven.OpvragenAsync(id, document, ct);
        if (pdf is null)
        {
            http.Response.Headers.RetryAfter = "5";
            return Results.Problem(title: "PDF niet beschikbaar", detail: PdfWeergaven.Uitleg(stand) + " Het Word-bestand is er al.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Bestand(http, pdf, MediaTypeNames.Application.Pdf, $"{naam}-{id}.pdf", inline: download != true);
    }

    /// <summary>Where a document's PDF stands, for the dossier page's script (JSON: status, uitleg).</summary>
    private static async Task<IResult> PdfStandVan(string id, string naam, HttpContext http, DossierService service, PdfWeergaven weergaven, CancellationToken ct)
    {
        if (http.User.GetPersonId() is not { } persoon)
        {
            return Results.Unauthorized();
        }

        if (naam is not ("agendapunt" or "collegeadvies") || await service.DocumentAsync(persoon, id, naam + ".docx", null, ct) is not { } document)
        {
            return Results.NotFound();
        }

        var stand = await weergaven.StandAsync(id, document.Sha256, ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { status = stand.Status, uitleg = stand.IsKlaar ? null : PdfWeergaven.Uitleg(stand), opgegeven = stand.Opgegeven });
    }

    private static async Task<IResult> Besluitenlijst(DateOnly datum, string? formaat, HttpContext http, DossierService service, Organisatie org, PdfCache pdf, CancellationToken ct)
    {
        if (http.User.GetPersonId() is not { } persoon || org.Config.FindPersoon(persoon) is not { } p)
        {
            return Results.Redirect("/aanmelden");
        }

        if (await service.GetVergaderingAsync(persoon, p.Gemeente, datum, ct) is not { } vergadering)
        {
            return Results.NotFound();
        }

        var docx = await service.BesluitenlijstAsync(vergadering, ct);
        var naam = $"besluitenlijst-{p.Gemeente}-{datum:yyyy-MM-dd}";
        if (formaat != "pdf")
        {
            return Bestand(http, docx, DocumentRenderer.DocxContentType, naam + ".docx", inline: false);
        }

        return await PdfAsync(pdf, docx, DossierDocumentStore.Sha256(docx), ct) is { } pdfBytes
            ? Bestand(http, pdfBytes, MediaTypeNames.Application.Pdf, naam + ".pdf", inline: false)
            : PdfNietBeschikbaar();
    }

    /// <summary>
    /// The joint press release as one municipality will publish it, in its house style (docx, or PDF with
    /// <c>?formaat=pdf</c>), for the communication advisors to check before they approve.
    /// </summary>
    private static async Task<IResult> PersberichtVoorbeeld(string id, string gemeente, string? formaat, HttpContext http, SamenwerkingService samenwerking, DocumentRenderer renderer, PdfCache pdf, CancellationToken ct)
    {
        if (http.User.GetPersonId() is not { } persoon)
        {
            return Results.Redirect("/aanmelden");
        }

        var persbericht = (await samenwerking.GetPersberichtAsync(persoon, id, ct))?.Value;
        if (persbericht is null || persbericht.Deelnemers.All(d => d.Gemeente != gemeente))
        {
            return Results.NotFound();
        }

        var template = (await renderer.ResolveAsync(gemeente, Persbericht.Template, ct))!.Template;
        var uitkomst = renderer.Render(template, persbericht.Voorbeeld(gemeente));
        if (uitkomst.Docx is not { } docx)
        {
            return Results.Problem(title: "Nog geen voorbeeld", statusCode: StatusCodes.Status409Conflict,
                detail: "Het voorbeeld kan nog niet worden gemaakt: " + string.Join("; ", uitkomst.Errors.Select(e => $"{template.Schema?.Label(e.Field) ?? e.Field}: {e.Reason}")) + ". Vul eerst een citaat en contactpersoon aan.");
        }

        var naam = $"persbericht-{gemeente}-voorbeeld";
        if (formaat != "pdf")
        {
            return Bestand(http, docx, DocumentRenderer.DocxContentType, naam + ".docx", inline: false);
        }

        return await PdfAsync(pdf, docx, DossierDocumentStore.Sha256(docx), ct) is { } bytes
            ? Bestand(http, bytes, MediaTypeNames.Application.Pdf, naam + ".pdf", inline: true)
            : PdfNietBeschikbaar();
    }

    /// <summary>A library document of the council information platform (a version with <c>?versie=</c>), for whom may see it.</summary>
    private static async Task<IResult> Raadsdocument(string verband, string id, int? versie, HttpContext http, Automatisering.Domain.Raadsinformatie.RaadsinformatieService service, CancellationToken ct)
    {
        if (http.User.GetPersonId() is not { } persoon)
        {
            return Results.Redirect("/aanmelden");
        }

        try
        {
            var (v, inhoud) = await service.BestandAsync(persoon, verband, id, versie, ct);
            return Bestand(http, inhoud, v.ContentType, v.Bestandsnaam, inline: false);
        }
        catch (Exception e) when (e is DossierNotFoundException or DossierForbiddenException)
        {
            return Results.NotFound();
        }
    }

    /// <summary>The PDF, or null when LibreOffice could not make it (the page then says so in Dutch; never a 500).</summary>
    private static async Task<byte[]?> PdfAsync(PdfCache pdf, byte[] docx, string sha256, CancellationToken ct)
    {
        try
        {
            return await pdf.GetAsync(docx, sha256, ct);
        }
        catch (PdfConversionException)
        {
            return null;
        }
    }

    private static IResult PdfNietBeschikbaar() => Results.Problem(
        title: "PDF niet beschikbaar",
        detail: "Het document kon niet naar PDF worden omgezet. Download het Word-bestand of probeer het later opnieuw.",
        statusCode: StatusCodes.Status503ServiceUnavailable);

    private static IResult Bestand(HttpContext http, byte[] content, string contentType, string fileName, bool inline)
    {
        // Inline so the browser's PDF viewer shows it inside the page; attachment for the download links.
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(content, contentType);
    }
}
