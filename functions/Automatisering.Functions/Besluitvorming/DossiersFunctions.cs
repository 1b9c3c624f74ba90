using System.Security.Claims;
using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Automatisering.Templating;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Besluitvorming;

/// <summary>
/// The HTTP API of besluitvorming: dossiers, the inbox and the college meetings. Every change
/// names the state it acted on with If-Match (the ETag of the last read); a stale one is a 409.
/// </summary>
public sealed class DossiersFunctions(DossierService service, Organisatie org, TimeProvider time, IPdfRenderer pdf, PdfWeergaven weergaven)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function("Dossiers")]
    [QueryParameter("gemeente", "De gemeente; standaard die van de aangemelde medewerker.")]
    public async Task<IResult> Dossiers([HttpTrigger(Anonymous, "get", Route = "dossiers")] HttpRequest req, CancellationToken ct) =>
        await List(req.Query["gemeente"], req.HttpContext.User, service, org, ct);

    [Function("DossierAanmaken")]
    [Creates]
    [JsonBody(typeof(NieuwDossierRequest))]
    public async Task<IResult> DossierAanmaken([HttpTrigger(Anonymous, "post", Route = "dossiers")] HttpRequest req, CancellationToken ct) =>
        await Create(await req.ReadJsonAsync<NieuwDossierRequest>(ct), req.HttpContext, service, org, time, ct);

    [Function("Dossier")]
    public async Task<IResult> DossierOphalen([HttpTrigger(Anonymous, "get", Route = "dossiers/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        await Get(id, req.HttpContext, service, org, time, ct);

    [Function("DossierBewerken")]
    [JsonBody(typeof(BewerkDossierRequest))]
    public async Task<IResult> DossierBewerken([HttpTrigger(Anonymous, "put", Route = "dossiers/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        await Edit(id, await req.ReadJsonAsync<BewerkDossierRequest>(ct), req.HttpContext, service, org, time, ct);

    [Function("DossierBijlage")]
    [FileBody]
    public async Task<IResult> DossierBijlage([HttpTrigger(Anonymous, "post", Route = "dossiers/{id}/bijlagen/{naam}")] HttpRequest req, string id, string naam, CancellationToken ct) =>
        await AddBijlage(id, naam, req.HttpContext, service, org, time, ct);

    [Function("DossierIndienen")]
    public async Task<IResult> DossierIndienen([HttpTrigger(Anonymous, "post", Route = "dossiers/{id}/indienen")] HttpRequest req, string id, CancellationToken ct) =>
        await Submit(id, req.HttpContext, service, org, time, ct);

    [Function("DossierParaaf")]
    [JsonBody(typeof(ParaafRequest))]
    public async Task<IResult> DossierParaaf([HttpTrigger(Anonymous, "post", Route = "dossiers/{id}/paraaf")] HttpRequest req, string id, CancellationToken ct) =>
        await Paraaf(id, await req.ReadJsonAsync<ParaafRequest>(ct), req.HttpContext, service, org, time, ct);

    [Function("DossierRetour")]
    [JsonBody(typeof(RetourRequest))]
    public async Task<IResult> DossierRetour([HttpTrigger(Anonymous, "post", Route = "dossiers/{id}/retour")] HttpRequest req, string id, CancellationToken ct) =>
        await Return(id, await req.ReadJsonAsync<RetourRequest>(ct), req.HttpContext, service, org, time, ct);

    [Function("DossierAudit")]
    public async Task<IResult> DossierAudit([HttpTrigger(Anonymous, "get", Route = "dossiers/{id}/audit")] HttpRequest req, string id, CancellationToken ct) =>
        await Audit(id, req.HttpContext.User, service, ct);

    [Function("DossierDocument")]
    [QueryParameter("versie", "Het versienummer; standaard de huidige versie.")]
    [QueryParameter("formaat", "pdf voor een PDF; standaard Word (.docx).")]
    public async Task<IResult> DossierDocument([HttpTrigger(Anonymous, "get", Route = "dossiers/{id}/documenten/{naam}")] HttpRequest req, string id, string naam, CancellationToken ct) =>
        await Document(id, naam, req.QueryInt("versie"), req.Query["formaat"], req.HttpContext, service, weergaven, ct);

    [Function("Inbox")]
    public async Task<IResult> InboxFunction([HttpTrigger(Anonymous, "get", Route = "inbox")] HttpRequest req, CancellationToken ct) =>
        await Inbox(req.HttpContext.User, service, ct);

    [Function("Vergadering")]
    public async Task<IResult> VergaderingFunction([HttpTrigger(Anonymous, "get", Route = "vergaderingen/{gemeente}/{datum}")] HttpRequest req, string gemeente, string datum, CancellationToken ct) =>
        await Vergadering(gemeente, req.RouteDate("datum", datum), req.HttpContext.User, service, ct);

    [Function("VergaderingBesluit")]
    [JsonBody(typeof(BesluitRequest))]
    public async Task<IResult> VergaderingBesluit([HttpTrigger(Anonymous, "post", Route = "vergaderingen/{gemeente}/{datum}/besluiten")] HttpRequest req, string gemeente, string datum, CancellationToken ct) =>
        await RecordDecision(gemeente, req.RouteDate("datum", datum), await req.ReadJsonAsync<BesluitRequest>(ct), req.HttpContext, service, org, time, ct);

    [Function("Besluitenlijst")]
    [QueryParameter("formaat", "pdf voor een PDF; standaard Word (.docx).")]
    public async Task<IResult> BesluitenlijstFunction([HttpTrigger(Anonymous, "get", Route = "vergaderingen/{gemeente}/{datum}/besluitenlijst")] HttpRequest req, string gemeente, string datum, CancellationToken ct) =>
        await Besluitenlijst(gemeente, req.RouteDate("datum", datum), req.Query["formaat"], req.HttpContext.User, service, pdf, ct);

    private static async Task<Ok<IReadOnlyCollection<WerkvoorraadRegel>>> List(string? gemeente, ClaimsPrincipal user, DossierService service, Organisatie org, CancellationToken ct)
    {
        var persoon = user.RequirePersonId();
        return TypedResults.Ok(await service.ListAsync(persoon, gemeente ?? org.Config.FindPersoon(persoon)!.Gemeente, ct));
    }

    private static async Task<Results<Created<DossierStatusView>, ValidationProblem>> Create(NieuwDossierRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Onderwerp) || string.IsNullOrWhiteSpace(request.Portefeuille) || request.Velden.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Onderwerp)) errors["onderwerp"] = ["Onderwerp is verplicht."];
            if (string.IsNullOrWhiteSpace(request.Portefeuille)) errors["portefeuille"] = ["Portefeuille is verplicht."];
            if (request.Velden.ValueKind != System.Text.Json.JsonValueKind.Object) errors["velden"] = ["Velden moeten een object zijn met de velden van agendapunt en collegeadvies."];
            return TypedResults.ValidationProblem(errors);
        }

        var stored = await service.CreateAsync(http.ToHandeling(), request.Gemeente, request.Onderwerp, request.Portefeuille, request.FinancieleGevolgen, request.Velden, ct);
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Created($"/api/dossiers/{stored.Value.Id}", DossierStatusView.From(stored.Value, org.Config, time.GetUtcNow(), stored.ETag));
    }

    private static async Task<Ok<DossierStatusView>> Get(string id, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct) =>
        View(http, await service.GetAsync(http.User.RequirePersonId(), id, ct), org, time);

    private static async Task<Results<Ok<DossierStatusView>, ProblemHttpResult>> Edit(string id, BewerkDossierRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(http.Request.Headers.IfMatch))
        {
            return TypedResults.Problem(title: "If-Match ontbreekt", detail: "Stuur de ETag van de versie die u bewerkte mee in If-Match, zodat geen wijziging verloren gaat.", statusCode: StatusCodes.Status428PreconditionRequired);
        }

        return View(http, await service.EditAsync(http.ToHandeling(), id, request.Velden, request.FinancieleGevolgen, ct), org, time);
    }

    private static async Task<Results<Ok<DossierStatusView>, ProblemHttpResult>> AddBijlage(string id, string naam, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        const long max = 20 * 1024 * 1024;
        if (http.Request.ContentLength > max)
        {
            return TypedResults.Problem(title: "Bijlage te groot", detail: "Een bijlage mag hoogstens 20 MB zijn.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // Bounded before anything is read, and read into a buffer of the announced size (no doubling copies).
        var length = http.Request.RequireLength(max + 64 * 1024, "bestand");
        using var body = new MemoryStream(http.Request.HasFormContentType ? 0 : (int)length);
        try
        {
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(ct);
                if (form.Files.GetFile("bestand") is { Length: <= max } file)
                {
                    await file.CopyToAsync(body, ct);
                }
            }
            else
            {
                // Read no further than the limit: a body without Content-Length cannot fill the memory.
                await using var limited = new LimitedReadStream(http.Request.Body, max);
                await limited.CopyToAsync(body, ct);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            throw new BadRequestException("bestand", "Het formulier kon niet worden gelezen (multipart niet goed opgebouwd).");
        }
        catch (LimitedReadStream.TooLargeException)
        {
            return TypedResults.Problem(title: "Bijlage te groot", detail: "Een bijlage mag hoogstens 20 MB zijn.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (body.Length is 0 or > max)
        {
            return TypedResults.Problem(title: "Geen geldige bijlage", detail: "Stuur een .docx- of .pdf-bestand van hoogstens 20 MB.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "bestand" });
        }

        return View(http, await service.AddBijlageAsync(http.ToHandeling(), id, naam, body.ToArray(), ct), org, time);
    }

    private static async Task<Ok<DossierStatusView>> Submit(string id, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct) =>
        View(http, await service.SubmitAsync(http.ToHandeling(), id, ct), org, time);

    private static async Task<Results<Ok<DossierStatusView>, ValidationProblem>> Paraaf(string id, ParaafRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.VersieHash))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["versieHash"] = ["Geef de hash van de documentversie die u parafeert."] });
        }

        return View(http, await service.GiveParaafAsync(http.ToHandeling(), id, request.VersieHash, request.Vergaderdatum, request.Soort ?? AgendapuntSoort.Bespreekstuk, ct, request.Opmerking), org, time);
    }

    private static async Task<Results<Ok<DossierStatusView>, ValidationProblem>> Return(string id, RetourRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Opmerking))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["opmerking"] = ["Geef aan waarom u het stuk terugstuurt."] });
        }

        return View(http, await service.ReturnAsync(http.ToHandeling(), id, request.Opmerking, ct), org, time);
    }

    private static async Task<Ok<AuditTrailView>> Audit(string id, ClaimsPrincipal user, DossierService service, CancellationToken ct)
    {
        var (_, result) = await service.AuditAsync(user.RequirePersonId(), id, ct);
        var v = result.Verification;
        return TypedResults.Ok(new AuditTrailView(v.IsValid, v.FirstInvalidIndex, v.Defect?.ToString(), v.Reason, result.Entries));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(string id, string naam, int? versie, string? formaat, HttpContext http, DossierService service, PdfWeergaven weergaven, CancellationToken ct)
    {
        var bestand = naam.EndsWith(".docx", StringComparison.Ordinal) ? naam : naam + ".docx";
        if (await service.DocumentAsync(http.User.RequirePersonId(), id, bestand, versie, ct) is not { } document)
        {
            return TypedResults.Problem(title: "Niet gevonden", detail: $"Dossier '{id}' heeft geen document '{bestand}'{(versie is null ? "" : $" in versie {versie}")}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (formaat != "pdf")
        {
            return TypedResults.File(document.Content, document.ContentType, bestand, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
        }

        // The PDF made ahead (PdfMaken); until it is there a 503 says why and when to ask again.
        var (stored, stand) = await weergaven.OpvragenAsync(id, document, ct);
        if (stored is null)
        {
            http.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(title: "PDF niet beschikbaar", detail: PdfWeergaven.Uitleg(stand), statusCode: StatusCodes.Status503ServiceUnavailable,
                extensions: new Dictionary<string, object?> { ["pdf"] = stand.Status });
        }

        return TypedResults.File(stored, "application/pdf", Path.ChangeExtension(bestand, ".pdf"), entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}-pdf\""));
    }

    private static async Task<Ok<IReadOnlyList<InboxItem>>> Inbox(ClaimsPrincipal user, DossierService service, CancellationToken ct) =>
        TypedResults.Ok(await service.InboxAsync(user.RequirePersonId(), ct));

    private static async Task<Results<Ok<Collegevergadering>, ProblemHttpResult>> Vergadering(string gemeente, DateOnly datum, ClaimsPrincipal user, DossierService service, CancellationToken ct) =>
        await service.GetVergaderingAsync(user.RequirePersonId(), gemeente, datum, ct) is { } vergadering
            ? TypedResults.Ok(vergadering)
            : TypedResults.Problem(title: "Niet gevonden", detail: $"Er is geen agenda voor {gemeente} op {datum:dd-MM-yyyy}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DossierStatusView>, ValidationProblem>> RecordDecision(string gemeente, DateOnly datum, BesluitRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.DossierId)) errors["dossierId"] = ["Kies het agendapunt."];
        if (request.Uitkomst is null) errors["uitkomst"] = ["Kies Conform, Gewijzigd, Aangehouden of NietAkkoord."];
        if (request.Uitkomst == BesluitUitkomst.Gewijzigd && string.IsNullOrWhiteSpace(request.Tekst) && request.Punten is not { Count: > 0 }) errors["tekst"] = ["Bij Gewijzigd hoort de gewijzigde besluittekst."];
        if (request.Uitkomst == BesluitUitkomst.Aangehouden && request.AangehoudenTot is null) errors["aangehoudenTot"] = ["Bij Aangehouden hoort de datum van de latere vergadering."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var besluit = new Besluit(request.Uitkomst!.Value, request.Tekst, request.AangehoudenTot, request.Punten);
        return View(http, await service.RecordDecisionAsync(http.ToHandeling(), gemeente, datum, request.DossierId!, besluit, ct), org, time);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Besluitenlijst(string gemeente, DateOnly datum, string? formaat, ClaimsPrincipal user, DossierService service, IPdfRenderer pdf, CancellationToken ct)
    {
        if (await service.GetVergaderingAsync(user.RequirePersonId(), gemeente, datum, ct) is not { } vergadering)
        {
            return TypedResults.Problem(title: "Niet gevonden", detail: $"Er is geen vergadering van {gemeente} op {datum:dd-MM-yyyy}.", statusCode: StatusCodes.Status404NotFound);
        }

        var docx = await service.BesluitenlijstAsync(vergadering, ct);
        return formaat == "pdf"
            ? TypedResults.File(await pdf.ConvertToPdfAsync(docx, ct), "application/pdf", $"besluitenlijst-{gemeente}-{datum:yyyy-MM-dd}.pdf")
            : TypedResults.File(docx, DocumentRenderer.DocxContentType, $"besluitenlijst-{gemeente}-{datum:yyyy-MM-dd}.docx");
    }

    /// <summary>A changed dossier as the API answers it, with its new ETag; the meeting functions answer the same way.</summary>
    internal static Ok<DossierStatusView> View(HttpContext http, Automatisering.Domain.Storage.Stored<Dossier> stored, Organisatie org, TimeProvider time)
    {
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(DossierStatusView.From(stored.Value, org.Config, time.GetUtcNow(), stored.ETag));
    }
}
