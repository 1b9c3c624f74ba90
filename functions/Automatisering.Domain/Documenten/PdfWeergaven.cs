using System.Diagnostics;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Distributie;
using Automatisering.Templating;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// PDF renditions of a dossier's documents, made ahead of the first view: every stored .docx is put on queue
/// <c>pdf</c>, the function <c>PdfMaken</c> converts it, and the PDF is kept as an immutable blob next to the
/// documents, <c>documenten/{dossierId}/pdf/{sha256 of the .docx}.pdf</c>, so a document shared by several versions
/// is converted once. A failed attempt leaves <c>{sha256}.mislukt.json</c> with the Dutch reason for the dossier page.
/// </summary>
public sealed partial class PdfWeergaven(BlobServiceClient blobs, QueueServiceClient queues, IPdfRenderer renderer, ILogger<PdfWeergaven> logger)
{
    /// <summary>The language of every document (its PDF's /Lang): the municipalities write Dutch.</summary>
    public const string Taal = "nl-NL";

    /// <summary>The host's <c>maxDequeueCount</c> (host.json; a test keeps the two equal): after this many failures the message is in <c>pdf-poison</c>.</summary>
    public const int MaxPogingen = 5;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(DossierDocumentStore.Container);
    private readonly Lazy<Task<QueueClient>> _queue = new(async () =>
    {
        var queue = queues.GetQueueClient(Wachtrijen.Pdf);
        await queue.CreateIfNotExistsAsync();
        return queue;
    });

    public static string PdfPad(string dossierId, string sha256) => $"{dossierId}/pdf/{sha256}.pdf";

    private static string MisluktPad(string dossierId, string sha256) => $"{dossierId}/pdf/{sha256}.mislukt.json";

    /// <summary>Asks for the PDF of a stored .docx; asking twice is harmless (a made PDF is not made again).</summary>
    public async Task VraagAanAsync(PdfOpdracht opdracht, CancellationToken cancellationToken = default)
    {
        var queue = await _queue.Value;
        await queue.SendMessageAsync(JsonSerializer.Serialize(opdracht, JsonSerializerOptions.Web), cancellationToken);
        LogAangevraagd(logger, opdracht.DossierId, opdracht.Map, opdracht.Naam);
    }

    /// <summary>The stored PDF of the .docx with this SHA-256, or null while there is none.</summary>
    public async Task<byte[]?> GetAsync(string dossierId, string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await _container.GetBlobClient(PdfPad(dossierId, sha256)).DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The stored PDF of a dossier's .docx, or where it stands. A document with neither a PDF nor a failure is asked
    /// for again: its request may be older than render-ahead or lost, and a repeated request costs nothing.
    /// </summary>
    public async Task<(byte[]? Pdf, PdfStand Stand)> OpvragenAsync(string dossierId, StoredDocument docx, CancellationToken cancellationToken = default)
    {
        if (await GetAsync(dossierId, docx.Sha256, cancellationToken) is { } pdf)
        {
            return (pdf, new PdfStand(PdfStand.Klaar));
        }

        return (null, await StandOpvragenAsync(dossierId, docx, cancellationToken));
    }

    /// <summary>Where the PDF of a dossier's .docx stands, asking for it again as <see cref="OpvragenAsync"/> does.</summary>
    public async Task<PdfStand> StandOpvragenAsync(string dossierId, StoredDocument docx, CancellationToken cancellationToken = default)
    {
        var stand = await StandAsync(dossierId, docx.Sha256, cancellationToken);
        if (stand.Status == PdfStand.Bezig && docx.Map is { } map)
        {
            await VraagAanAsync(new PdfOpdracht(dossierId, map, docx.Name, docx.Sha256), cancellationToken);
        }

        return stand;
    }

    /// <summary>Dutch words for a page or a problem detail: why there is no PDF (yet).</summary>
    public static string Uitleg(PdfStand stand) => stand.Status switch
    {
        PdfStand.Mislukt when stand.Opgegeven => $"De PDF kon niet worden gemaakt ({stand.Reden}). Na {stand.Pogingen} pogingen is het opgegeven; gebruik het Word-bestand.",
        PdfStand.Mislukt => $"De PDF kon nog niet worden gemaakt ({stand.Reden}); het wordt opnieuw geprobeerd (poging {stand.Pogingen} van {MaxPogingen}).",
        _ => "De PDF wordt gemaakt; dat duurt meestal enkele seconden.",
    };

    public async Task<PdfStand> StandAsync(string dossierId, string sha256, CancellationToken cancellationToken = default)
    {
        if (await _container.GetBlobClient(PdfPad(dossierId, sha256)).ExistsAsync(cancellationToken))
        {
            return new PdfStand(PdfStand.Klaar);
        }

        try
        {
            var mislukt = await _container.GetBlobClient(MisluktPad(dossierId, sha256)).DownloadContentAsync(cancellationToken);
            return mislukt.Value.Content.ToObjectFromJson<PdfStand>(JsonSerializerOptions.Web) ?? new PdfStand(PdfStand.Mislukt);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return new PdfStand(PdfStand.Bezig);
        }
    }

    /// <summary>
    /// Converts and stores the PDF (the queue function's work). A conversion that fails records why and throws, so
    /// the host retries the message and after <see cref="MaxPogingen"/> attempts moves it to <c>pdf-poison</c>.
    /// </summary>
    /// <param name="poging">The message's dequeue count.</param>
    public async Task MaakAsync(PdfOpdracht opdracht, byte[] docx, long poging, CancellationToken cancellationToken)
    {
        var pdfBlob = _container.GetBlobClient(PdfPad(opdracht.DossierId, opdracht.Sha256));
        if (await pdfBlob.ExistsAsync(cancellationToken))
        {
            LogAlGemaakt(logger, opdracht.DossierId, opdracht.Naam, opdracht.Sha256);
            return;
        }

        if (DossierDocumentStore.Sha256(docx) != opdracht.Sha256)
        {
            throw new InvalidOperationException($"pdf: {opdracht.DossierId}/{opdracht.Map}/{opdracht.Naam} does not have SHA-256 {opdracht.Sha256}");
        }

        var klok = Stopwatch.StartNew();
        byte[] pdf;
        try
        {
            pdf = await renderer.ConvertToPdfAsync(docx, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // LibreOffice explains itself in Dutch; Graph's errors (production) are English and for the log.
            var reden = ex is PdfConversionException ? ex.Message : $"de omzetdienst gaf een fout ({ex.GetType().Name})";
            var stand = new PdfStand(PdfStand.Mislukt, reden, (int)poging, poging >= MaxPogingen);
            await _container.GetBlobClient(MisluktPad(opdracht.DossierId, opdracht.Sha256))
                .UploadAsync(BinaryData.FromObjectAsJson(stand, JsonSerializerOptions.Web), overwrite: true, cancellationToken);
            LogMislukt(logger, opdracht.DossierId, opdracht.Naam, poging, ex.Message);
            throw;
        }

        try
        {
            await pdfBlob.UploadAsync(BinaryData.FromBytes(pdf), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                Metadata = new Dictionary<string, string> { ["docxsha256"] = opdracht.Sha256 },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Made meanwhile by another attempt of the same document: the first one stays.
        }

        await _container.GetBlobClient(MisluktPad(opdracht.DossierId, opdracht.Sha256)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        LogGemaakt(logger, opdracht.DossierId, opdracht.Naam, klok.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "PDF aangevraagd: {DossierId}/{Map}/{Naam}")]
    private static partial void LogAangevraagd(ILogger logger, string dossierId, string map, string naam);

    [LoggerMessage(Level = LogLevel.Debug, Message = "PDF van {DossierId}/{Naam} ({Sha256}) bestond al")]
    private static partial void LogAlGemaakt(ILogger logger, string dossierId, string naam, string sha256);

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF gemaakt: {DossierId}/{Naam} in {Ms} ms")]
    private static partial void LogGemaakt(ILogger logger, string dossierId, string naam, long ms);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF van {DossierId}/{Naam} mislukt (poging {Poging}): {Reden}")]
    private static partial void LogMislukt(ILogger logger, string dossierId, string naam, long poging, string reden);
}
