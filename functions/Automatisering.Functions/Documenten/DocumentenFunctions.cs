using System.Text.Json;
using System.Text.RegularExpressions;
using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Automatisering.Templating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Documenten;

/// <summary>
/// Function <c>Documenten</c>: POST /api/documenten/{gemeente}/{sjabloon}[?formaat=pdf] renders a template
/// from the posted JSON in the gemeente's house style and returns the .docx (or the PDF).
/// Function <c>Sjablooncontrole</c>: POST /api/sjabloncontrole/{sjabloon} checks an uploaded .docx against the
/// template's schema: unsafe packages are refused with a reason code, tag problems are listed with their place.
/// </summary>
public sealed partial class DocumentenFunctions(DocumentRenderer renderer, IPdfRenderer pdf, Organisatie organisatie)
{
    private const long MaxUploadBytes = 20 * 1024 * 1024;
    private const long MaxDataBytes = 5 * 1024 * 1024;

    // Function-key protected in Azure, as before: integrators call these with a key; the web interface does not.
    [Function("Documenten")]
    [JsonBody(typeof(System.Text.Json.JsonElement))]
    [QueryParameter("formaat", "pdf voor een PDF; standaard Word (.docx).")]
    [AllowAnonymous]
    public async Task<IResult> Documenten([HttpTrigger(AuthorizationLevel.Function, "post", Route = "documenten/{gemeente}/{sjabloon}")] HttpRequest req, string gemeente, string sjabloon, CancellationToken ct) =>
        await Render(gemeente, sjabloon, req.Query["formaat"], req, renderer, pdf, organisatie, ct);

    [Function("Sjablooncontrole")]
    [FileBody]
    [AllowAnonymous]
    public async Task<IResult> Sjablooncontrole([HttpTrigger(AuthorizationLevel.Function, "post", Route = "sjabloncontrole/{sjabloon}")] HttpRequest req, string sjabloon, CancellationToken ct) =>
        await Check(sjabloon, req, renderer, ct);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Render(
        string gemeente, string sjabloon, string? formaat, HttpRequest request, DocumentRenderer renderer, IPdfRenderer pdf, Organisatie organisatie, CancellationToken cancellationToken)
    {
        if (!Slug().IsMatch(gemeente) || !Slug().IsMatch(sjabloon))
        {
            return Invalid(Slug().IsMatch(gemeente) ? "sjabloon" : "gemeente", "alleen kleine letters, cijfers en '-' zijn toegestaan");
        }

        // An unknown municipality would silently get the default house style; say which ones exist instead.
        if (organisatie.Config.Gemeenten.All(g => g.Slug != gemeente))
        {
            return TypedResults.Problem(
                title: "Gemeente niet gevonden",
                detail: $"Er is geen gemeente '{gemeente}'. Bekende gemeenten: {string.Join(", ", organisatie.Config.Gemeenten.Select(g => g.Slug).Order(StringComparer.Ordinal))}.",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["field"] = "gemeente" });
        }

        if (formaat is not null and not "docx" and not "pdf")
        {
            return Invalid("formaat", "kies 'docx' of 'pdf'");
        }

        // The gemeente's active uploaded template when the functioneel beheerder activated one, else the shipped one.
        if ((await renderer.ResolveAsync(gemeente, sjabloon, cancellationToken))?.Template is not { } template)
        {
            return TypedResults.Problem(title: "Sjabloon niet gevonden", detail: $"Er is geen sjabloon '{sjabloon}' (ook niet als standaardsjabloon).", statusCode: StatusCodes.Status404NotFound);
        }

        JsonElement data;
        try
        {
            // The data may carry images (a logo as base64), so a larger limit than other JSON bodies.
            await using var limited = new LimitedReadStream(request.Body, MaxDataBytes);
            data = await JsonSerializer.DeserializeAsync<JsonElement>(limited, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid("$", $"geen geldige JSON (regel {ex.LineNumber + 1}, positie {ex.BytePositionInLine + 1})");
        }
        catch (LimitedReadStream.TooLargeException)
        {
            return Invalid("$", $"de gegevens zijn groter dan {MaxDataBytes / 1024 / 1024} MB");
        }

        var outcome = renderer.Render(template, data);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                outcome.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
                title: "De gegevens passen niet bij het sjabloon.",
                extensions: new Dictionary<string, object?> { ["codes"] = outcome.Errors.ToDictionary(e => e.Field, e => e.Code) });
        }

        var asPdf = formaat == "pdf" || request.Headers.Accept.ToString().Contains("application/pdf", StringComparison.OrdinalIgnoreCase);
        return asPdf
            ? TypedResults.File(await pdf.ConvertToPdfAsync(outcome.Docx!, cancellationToken), "application/pdf", $"{sjabloon}.pdf")
            : TypedResults.File(outcome.Docx!, DocumentRenderer.DocxContentType, $"{sjabloon}.docx");
    }

    private static async Task<Results<Ok<TemplateCheckReport>, ValidationProblem, ProblemHttpResult>> Check(
        string sjabloon, HttpRequest request, DocumentRenderer renderer, CancellationToken cancellationToken)
    {
        if (!Slug().IsMatch(sjabloon) || renderer.Find("default", sjabloon)?.Schema is not { } schema)
        {
            return TypedResults.Problem(title: "Sjabloon niet gevonden", detail: $"Er is geen schema voor sjabloon '{sjabloon}'.", statusCode: StatusCodes.Status404NotFound);
        }

        // Either a form upload (field 'bestand') or the raw .docx as the body.
        // Bounded before anything is read: the length must be announced (a larger one is refused with its reason code below).
        if (request.ContentLength is null)
        {
            throw new BadRequestException("bestand", "Stuur de lengte van het bestand mee (Content-Length).", StatusCodes.Status411LengthRequired);
        }

        using var upload = new MemoryStream();
        string? fileName = null;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                return Invalid("bestand", "het formulier kon niet worden gelezen (multipart niet goed opgebouwd)");
            }

            if (form.Files.GetFile("bestand") is not { } file)
            {
                return Invalid("bestand", "kies een .docx-bestand om te controleren");
            }

            if (file.Length > MaxUploadBytes)
            {
                return Rejected(RejectionReason.TooLarge, $"Het bestand is groter dan {MaxUploadBytes / 1024 / 1024} MB.", null);
            }

            fileName = file.FileName;
            await file.CopyToAsync(upload, cancellationToken);
        }
        else
        {
            if (request.ContentLength > MaxUploadBytes)
            {
                return Rejected(RejectionReason.TooLarge, $"Het bestand is groter dan {MaxUploadBytes / 1024 / 1024} MB.", null);
            }

            fileName = request.Headers["X-Bestandsnaam"].FirstOrDefault();
            try
            {
                // Read no further than the limit: a body without Content-Length cannot fill the memory.
                await using var limited = new LimitedReadStream(request.Body, MaxUploadBytes);
                await limited.CopyToAsync(upload, cancellationToken);
            }
            catch (LimitedReadStream.TooLargeException)
            {
                return Rejected(RejectionReason.TooLarge, $"Het bestand is groter dan {MaxUploadBytes / 1024 / 1024} MB.", null);
            }
        }

        upload.Position = 0;
        try
        {
            // The full report: the problems and what was neutralised on the way in (e.g. a link to a local .dotx).
            return TypedResults.Ok(TemplateCheckReport.From(sjabloon, TemplateChecker.Report(upload, schema, fileName: fileName)));
        }
        catch (TemplateRejectedException ex)
        {
            return Rejected(ex.ReasonCode, ex.Message, ex.EntryName);
        }
    }

    private static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });

    private static ProblemHttpResult Rejected(RejectionReason reason, string detail, string? entry) =>
        TypedResults.Problem(
            title: "Sjabloon geweigerd",
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = "bestand", ["reasonCode"] = reason.ToString(), ["entry"] = entry });

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Slug();
}
