using System.Text.Json;
using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Documenten;

/// <summary>
/// PDFs made ahead of the first view: <c>PdfMaken</c> (queue <c>pdf</c>) converts each stored .docx of a dossier
/// (asked for when a version, an attachment or a decision's agendapunt is stored) and keeps the PDF as a blob;
/// a failed conversion is retried by the host and ends in <c>pdf-poison</c>, its reason visible on the dossier.
/// <c>DossierDocumentPdf</c> tells where a document's PDF stands (the page polls it).
/// </summary>
public sealed class PdfFunctions(DossierDocumentStore documenten, PdfWeergaven weergaven, DossierService dossiers)
{
    [Function("PdfMaken")]
    public async Task PdfMaken([QueueTrigger(Wachtrijen.Pdf)] string opdracht, long dequeueCount, CancellationToken ct)
    {
        var gelezen = Read(opdracht) ?? throw new InvalidOperationException("pdf: expected {dossierId, map, naam, sha256}");
        var docx = await documenten.GetAsync(gelezen.DossierId, gelezen.Map, gelezen.Naam, ct)
            ?? throw new InvalidOperationException($"pdf: {gelezen.DossierId}/{gelezen.Map}/{gelezen.Naam} does not exist");
        await weergaven.MaakAsync(gelezen, docx.Content, Math.Max(1, dequeueCount), ct);
    }

    [Function("DossierDocumentPdf")]
    [QueryParameter("versie", "Het versienummer; standaard de huidige versie.")]
    public async Task<IResult> DossierDocumentPdf([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dossiers/{id}/documenten/{naam}/pdf")] HttpRequest req, string id, string naam, CancellationToken ct)
    {
        var bestand = naam.EndsWith(".docx", StringComparison.Ordinal) ? naam : naam + ".docx";
        if (await dossiers.DocumentAsync(req.HttpContext.User.RequirePersonId(), id, bestand, req.QueryInt("versie"), ct) is not { } document)
        {
            return TypedResults.Problem(title: "Niet gevonden", detail: $"Dossier '{id}' heeft geen document '{bestand}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var stand = await weergaven.StandAsync(id, document.Sha256, ct);
        return TypedResults.Ok(new { stand.Status, stand.Reden, stand.Pogingen, stand.Opgegeven, uitleg = stand.IsKlaar ? null : PdfWeergaven.Uitleg(stand) });
    }

    private static PdfOpdracht? Read(string message)
    {
        try
        {
            return JsonSerializer.Deserialize<PdfOpdracht>(message, JsonSerializerOptions.Web) is { DossierId.Length: > 0, Map.Length: > 0, Naam.Length: > 0, Sha256.Length: 64 } opdracht
                ? opdracht
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
