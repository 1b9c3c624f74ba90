using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Automatisering.Templating;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Azure.Functions.Worker;
using static Microsoft.Azure.Functions.Worker.AuthorizationLevel;

namespace Automatisering.Functions.Documenten;

/// <summary>
/// The functioneel beheerder's template management over HTTP (the web page <c>/sjablonen</c> does the same in-process):
/// <c>GET /api/sjablonen/{gemeente}</c> lists each document type's versions and the active one;
/// <c>POST …/{sjabloon}</c> uploads a .docx or .dotx (inspected and checked, stored as a new inactive version);
/// <c>GET …/{sjabloon}/versies/{versie}/rapport</c> and <c>…/voorbeeld</c> (PDF with the sample data);
/// <c>POST …/{sjabloon}/activeren</c> and <c>…/herstellen</c>; <c>GET …/{sjabloon}/download[?versie=n]</c>;
/// <c>DELETE …/{sjabloon}/versies/{versie}</c> removes a version that was never active.
/// Only the functioneel beheerder of the gemeente; anyone else gets a 403.
/// </summary>
public sealed class SjablonenFunctions(SjabloonBeheer beheer, IPdfRenderer pdf)
{
    [Function("Sjablonen")]
    public async Task<IResult> Sjablonen([HttpTrigger(Anonymous, "get", Route = "sjablonen/{gemeente}")] HttpRequest req, string gemeente, CancellationToken ct) =>
        TypedResults.Ok(await beheer.OverzichtAsync(req.HttpContext.ToHandeling(), gemeente, ct));

    [Function("SjabloonUploaden")]
    [FileBody]
    public async Task<IResult> SjabloonUploaden([HttpTrigger(Anonymous, "post", Route = "sjablonen/{gemeente}/{sjabloon}")] HttpRequest req, string gemeente, string sjabloon, CancellationToken ct)
    {
        var (inhoud, bestandsnaam) = await ReadFileAsync(req, ct);
        var upload = await beheer.UploadAsync(req.HttpContext.ToHandeling(), gemeente, sjabloon, inhoud, bestandsnaam, ct);
        return TypedResults.Created($"/api/sjablonen/{gemeente}/{sjabloon}/versies/{upload.Versie.Nummer}/rapport", new
        {
            upload.Versie,
            Id = SjabloonStore.Id(gemeente, sjabloon, upload.Versie.Nummer),
            Rapport = TemplateCheckReport.From(sjabloon, upload.Rapport, upload.Versie.Nummer),
        });
    }

    [Function("SjabloonRapport")]
    public async Task<IResult> SjabloonRapport([HttpTrigger(Anonymous, "get", Route = "sjablonen/{gemeente}/{sjabloon}/versies/{versie}/rapport")] HttpRequest req, string gemeente, string sjabloon, string versie, CancellationToken ct)
    {
        var nummer = Versie(versie);
        return TypedResults.Ok(TemplateCheckReport.From(sjabloon, await beheer.RapportAsync(req.HttpContext.ToHandeling(), gemeente, sjabloon, nummer, ct), nummer));
    }

    [Function("SjabloonVoorbeeld")]
    public async Task<IResult> SjabloonVoorbeeld([HttpTrigger(Anonymous, "get", Route = "sjablonen/{gemeente}/{sjabloon}/versies/{versie}/voorbeeld")] HttpRequest req, string gemeente, string sjabloon, string versie, CancellationToken ct)
    {
        var nummer = Versie(versie);
        var docx = await beheer.VoorbeeldAsync(req.HttpContext.ToHandeling(), gemeente, sjabloon, nummer, ct);
        return TypedResults.File(await pdf.ConvertToPdfAsync(docx, ct), "application/pdf", $"{sjabloon}-v{nummer}-voorbeeld.pdf");
    }

    [Function("SjabloonActiveren")]
    [JsonBody(typeof(SjabloonActiverenRequest))]
    public async Task<IResult> SjabloonActiveren([HttpTrigger(Anonymous, "post", Route = "sjablonen/{gemeente}/{sjabloon}/activeren")] HttpRequest req, string gemeente, string sjabloon, CancellationToken ct)
    {
        var request = await req.ReadJsonAsync<SjabloonActiverenRequest>(ct);
        if (request.Versie is not > 0)
        {
            throw new BadRequestException("versie", "Geef het nummer van de versie die actief moet worden.");
        }

        return TypedResults.Ok(await beheer.ActiveerAsync(req.HttpContext.ToHandeling(), gemeente, sjabloon, request.Versie, herstel: false, ct));
    }

    [Function("SjabloonHerstellen")]
    [JsonBody(typeof(SjabloonActiverenRequest))]
    public async Task<IResult> SjabloonHerstellen([HttpTrigger(Anonymous, "post", Route = "sjablonen/{gemeente}/{sjabloon}/herstellen")] HttpRequest req, string gemeente, string sjabloon, CancellationToken ct)
    {
        var request = await req.ReadJsonAsync<SjabloonActiverenRequest>(ct);
        if (request.Versie is <= 0)
        {
            throw new BadRequestException("versie", "Geef het nummer van een eerdere versie, of laat het weg voor het standaardsjabloon.");
        }

        return TypedResults.Ok(await beheer.ActiveerAsync(req.HttpContext.ToHandeling(), gemeente, sjabloon, request.Versie, herstel: true, ct));
    }

    [Function("SjabloonVerwijderen")]
    public async Task<IResult> SjabloonVerwijderen([HttpTrigger(Anonymous, "delete", Route = "sjablonen/{gemeente}/{sjabloon}/versies/{versie}")] HttpRequest req, string gemeente, string sjabloon, string versie, CancellationToken ct)
    {
        await beheer.VerwijderAsync(req.HttpContext.ToHandeling(), gemeente, sjabloon, Versie(versie), ct);
        return TypedResults.NoContent();
    }

    [Function("SjabloonDownload")]
    [QueryParameter("versie", "Het versienummer; standaard het actieve sjabloon (of het standaardsjabloon).")]
    public async Task<IResult> SjabloonDownload([HttpTrigger(Anonymous, "get", Route = "sjablonen/{gemeente}/{sjabloon}/download")] HttpRequest req, string gemeente, string sjabloon, CancellationToken ct)
    {
        var handeling = req.HttpContext.ToHandeling();
        if (req.QueryInt("versie") is { } nummer)
        {
            return TypedResults.File(await beheer.DownloadAsync(handeling, gemeente, sjabloon, nummer, ct), DocumentRenderer.DocxContentType, $"{gemeente}-{sjabloon}-v{nummer}.docx");
        }

        var (docx, id) = await beheer.DownloadActiefAsync(handeling, gemeente, sjabloon, ct);
        return TypedResults.File(docx, DocumentRenderer.DocxContentType, $"{gemeente}-{sjabloon}-{id.Split('/')[^1]}.docx");
    }

    private static int Versie(string versie) =>
        int.TryParse(versie, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nummer) && nummer > 0
            ? nummer
            : throw new BadRequestException("versie", "Geef een versienummer (een geheel getal vanaf 1).");

    /// <summary>The upload: form field <c>bestand</c> or the raw body (name in <c>X-Bestandsnaam</c>), bounded before it is read.</summary>
    private static async Task<(byte[] Inhoud, string? Bestandsnaam)> ReadFileAsync(HttpRequest request, CancellationToken ct)
    {
        var length = request.RequireLength(SjabloonBeheer.MaxBytes + 64 * 1024, "bestand");
        using var body = new MemoryStream(request.HasFormContentType ? 0 : (int)length);
        string? naam = null;
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile("bestand") is not { } file)
                {
                    throw new BadRequestException("bestand", "Kies een .docx- of .dotx-bestand.");
                }

                if (file.Length > SjabloonBeheer.MaxBytes)
                {
                    throw new BadRequestException("bestand", $"Het bestand is groter dan {SjabloonBeheer.MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
                }

                naam = file.FileName;
                await file.CopyToAsync(body, ct);
            }
            else
            {
                naam = request.Headers["X-Bestandsnaam"].FirstOrDefault();
                await using var limited = new LimitedReadStream(request.Body, SjabloonBeheer.MaxBytes);
                await limited.CopyToAsync(body, ct);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            throw new BadRequestException("bestand", "Het formulier kon niet worden gelezen (multipart niet goed opgebouwd).");
        }
        catch (LimitedReadStream.TooLargeException)
        {
            throw new BadRequestException("bestand", $"Het bestand is groter dan {SjabloonBeheer.MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
        }

        if (body.Length == 0)
        {
            throw new BadRequestException("bestand", "Het bestand is leeg; kies een .docx- of .dotx-bestand.");
        }

        return (body.ToArray(), naam);
    }
}
