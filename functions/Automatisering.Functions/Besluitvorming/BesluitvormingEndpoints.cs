using System.Security.Claims;
using Automatisering.Templating;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Automatisering.Functions.Besluitvorming;

/// <summary>
/// Functions <c>Dossiers</c>, <c>Inbox</c> and <c>Vergaderingen</c>: the HTTP API of besluitvorming. Every change
/// names the state it acted on with If-Match (the ETag of the last read); a stale one is a 409.
/// </summary>
public static class BesluitvormingEndpoints
{
    public static IEndpointRouteBuilder MapBesluitvormingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<BesluitvormingProblemFilter>();

        api.MapGet("/dossiers", List).WithName("Dossiers");
        api.MapPost("/dossiers", Create);
        api.MapGet("/dossiers/{id}", Get);
        api.MapPut("/dossiers/{id}", Edit);
        api.MapPost("/dossiers/{id}/indienen", Submit);
        api.MapPost("/dossiers/{id}/paraaf", Paraaf);
        api.MapPost("/dossiers/{id}/retour", Return);
        api.MapGet("/dossiers/{id}/audit", Audit);
        api.MapGet("/dossiers/{id}/documenten/{naam}", Document);
        api.MapGet("/inbox", Inbox).WithName("Inbox");
        api.MapGet("/vergaderingen/{gemeente}/{datum}", Vergadering).WithName("Vergaderingen");
        api.MapPost("/vergaderingen/{gemeente}/{datum}/besluiten", RecordDecision);
        api.MapGet("/vergaderingen/{gemeente}/{datum}/besluitenlijst", Besluitenlijst);
        return app;
    }

    public static async Task<Ok<IReadOnlyCollection<WerkvoorraadRegel>>> List(string? gemeente, ClaimsPrincipal user, DossierService service, Organisatie org, CancellationToken ct)
    {
        var persoon = user.RequirePersonId();
        return TypedResults.Ok(await service.ListAsync(persoon, gemeente ?? org.Config.FindPersoon(persoon)!.Gemeente, ct));
    }

    public static async Task<Results<Created<DossierStatusView>, ValidationProblem>> Create(NieuwDossierRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
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

    public static async Task<Ok<DossierStatusView>> Get(string id, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct) =>
        View(http, await service.GetAsync(http.User.RequirePersonId(), id, ct), org, time);

    public static async Task<Results<Ok<DossierStatusView>, ProblemHttpResult>> Edit(string id, BewerkDossierRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(http.Request.Headers.IfMatch))
        {
            return TypedResults.Problem(title: "If-Match ontbreekt", detail: "Stuur de ETag van de versie die u bewerkte mee in If-Match, zodat geen wijziging verloren gaat.", statusCode: StatusCodes.Status428PreconditionRequired);
        }

        return View(http, await service.EditAsync(http.ToHandeling(), id, request.Velden, request.FinancieleGevolgen, ct), org, time);
    }

    public static async Task<Ok<DossierStatusView>> Submit(string id, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct) =>
        View(http, await service.SubmitAsync(http.ToHandeling(), id, ct), org, time);

    public static async Task<Results<Ok<DossierStatusView>, ValidationProblem>> Paraaf(string id, ParaafRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.VersieHash))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["versieHash"] = ["Geef de hash van de documentversie die u parafeert."] });
        }

        return View(http, await service.GiveParaafAsync(http.ToHandeling(), id, request.VersieHash, request.Vergaderdatum, request.Soort ?? AgendapuntSoort.Bespreekstuk, ct), org, time);
    }

    public static async Task<Results<Ok<DossierStatusView>, ValidationProblem>> Return(string id, RetourRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Opmerking))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["opmerking"] = ["Geef aan waarom u het stuk terugstuurt."] });
        }

        return View(http, await service.ReturnAsync(http.ToHandeling(), id, request.Opmerking, ct), org, time);
    }

    public static async Task<Ok<AuditTrailView>> Audit(string id, ClaimsPrincipal user, DossierService service, CancellationToken ct)
    {
        var (_, result) = await service.AuditAsync(user.RequirePersonId(), id, ct);
        var v = result.Verification;
        return TypedResults.Ok(new AuditTrailView(v.IsValid, v.FirstInvalidIndex, v.Defect?.ToString(), v.Reason, result.Entries));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(string id, string naam, int? versie, string? formaat, ClaimsPrincipal user, DossierService service, IPdfRenderer pdf, CancellationToken ct)
    {
        var bestand = naam.EndsWith(".docx", StringComparison.Ordinal) ? naam : naam + ".docx";
        if (await service.DocumentAsync(user.RequirePersonId(), id, bestand, versie, ct) is not { } document)
        {
            return TypedResults.Problem(title: "Niet gevonden", detail: $"Dossier '{id}' heeft geen document '{bestand}'{(versie is null ? "" : $" in versie {versie}")}.", statusCode: StatusCodes.Status404NotFound);
        }

        return formaat == "pdf"
            ? TypedResults.File(await pdf.ConvertToPdfAsync(document.Content, ct), "application/pdf", Path.ChangeExtension(bestand, ".pdf"))
            : TypedResults.File(document.Content, document.ContentType, bestand, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
    }

    public static async Task<Ok<IReadOnlyList<InboxItem>>> Inbox(ClaimsPrincipal user, DossierService service, CancellationToken ct) =>
        TypedResults.Ok(await service.InboxAsync(user.RequirePersonId(), ct));

    public static async Task<Results<Ok<Collegevergadering>, ProblemHttpResult>> Vergadering(string gemeente, DateOnly datum, ClaimsPrincipal user, DossierService service, CancellationToken ct) =>
        await service.GetVergaderingAsync(user.RequirePersonId(), gemeente, datum, ct) is { } vergadering
            ? TypedResults.Ok(vergadering)
            : TypedResults.Problem(title: "Niet gevonden", detail: $"Er is geen agenda voor {gemeente} op {datum:dd-MM-yyyy}.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<Results<Ok<DossierStatusView>, ValidationProblem>> RecordDecision(string gemeente, DateOnly datum, BesluitRequest request, HttpContext http, DossierService service, Organisatie org, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.DossierId)) errors["dossierId"] = ["Kies het agendapunt."];
        if (request.Uitkomst is null) errors["uitkomst"] = ["Kies Conform, Gewijzigd, Aangehouden of NietAkkoord."];
        if (request.Uitkomst == BesluitUitkomst.Gewijzigd && string.IsNullOrWhiteSpace(request.Tekst)) errors["tekst"] = ["Bij Gewijzigd hoort de gewijzigde besluittekst."];
        if (request.Uitkomst == BesluitUitkomst.Aangehouden && request.AangehoudenTot is null) errors["aangehoudenTot"] = ["Bij Aangehouden hoort de datum van de latere vergadering."];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var besluit = new Besluit(request.Uitkomst!.Value, request.Tekst, request.AangehoudenTot);
        return View(http, await service.RecordDecisionAsync(http.ToHandeling(), gemeente, datum, request.DossierId!, besluit, ct), org, time);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Besluitenlijst(string gemeente, DateOnly datum, string? formaat, ClaimsPrincipal user, DossierService service, IPdfRenderer pdf, CancellationToken ct)
    {
        if (await service.GetVergaderingAsync(user.RequirePersonId(), gemeente, datum, ct) is not { } vergadering)
        {
            return TypedResults.Problem(title: "Niet gevonden", detail: $"Er is geen vergadering van {gemeente} op {datum:dd-MM-yyyy}.", statusCode: StatusCodes.Status404NotFound);
        }

        var docx = service.Besluitenlijst(vergadering);
        return formaat == "pdf"
            ? TypedResults.File(await pdf.ConvertToPdfAsync(docx, ct), "application/pdf", $"besluitenlijst-{gemeente}-{datum:yyyy-MM-dd}.pdf")
            : TypedResults.File(docx, Features.Documenten.DocumentenEndpoints.DocxContentType, $"besluitenlijst-{gemeente}-{datum:yyyy-MM-dd}.docx");
    }

    private static Ok<DossierStatusView> View(HttpContext http, Infrastructure.Storage.Stored<Dossier> stored, Organisatie org, TimeProvider time)
    {
        http.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(DossierStatusView.From(stored.Value, org.Config, time.GetUtcNow(), stored.ETag));
    }
}
