using System.Globalization;
using System.Text;
using Automatisering.Domain.Raadsinformatie;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Automatisering.Web;

/// <summary>
/// Demo data for the council information platform (with <see cref="DemoSeed"/>'s setting): the BMWE library filled
/// by the Sociale Dienst BMWE (one report confidential), a theme meeting planned by Winsum's griffier with two of
/// them on its agenda, and one SSWZM document, so a Winsum raadslid can see what is and what is not theirs. Its own
/// marker blob, so it is added once, also to a store the SSWZM demo filled before.
/// </summary>
public sealed class RaadsinformatieDemoSeed(RaadsinformatieService service, BlobServiceClient blobs, TimeProvider time, ILogger<RaadsinformatieDemoSeed> logger) : IHostedService
{
    public const string MarkerBlob = "seed-bmwe-raadsinformatie.json";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(DemoSeed.Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await container.GetBlobClient(MarkerBlob).UploadAsync(BinaryData.FromString("{}"),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return;
        }

        var vandaag = NederlandseTijd.Datum(time.GetUtcNow());
        var jaar = new DateOnly(vandaag.Year, 1, 1);
        var beleidsplan = await UploadAsync("Beleidsplan sociaal domein BMWE 2026–2029", DocumentSoort.Beleidsplan, vandaag.AddMonths(-10), jaar, jaar.AddYears(4).AddDays(-1), false, cancellationToken);
        var rapportage = await UploadAsync("Bestuursrapportage Sociale Dienst BMWE, eerste helft", DocumentSoort.Rapportage, vandaag.AddDays(-30), jaar, jaar.AddMonths(6).AddDays(-1), false, cancellationToken);
        await UploadAsync("Jaarverslag Sociale Dienst BMWE", DocumentSoort.Jaarverslag, vandaag.AddMonths(-6), jaar.AddYears(-1), jaar.AddDays(-1), false, cancellationToken);
        await UploadAsync("Managementrapportage Sociale Dienst BMWE (vertrouwelijk)", DocumentSoort.Rapportage, vandaag.AddDays(-20), jaar, jaar.AddMonths(6).AddDays(-1), true, cancellationToken);
        await service.UploadAsync("sswzm-wbakker", "SSWZM", null, "Begroting Werkplein SSWZM", DocumentSoort.Begroting, vandaag.AddMonths(-2),
            jaar.AddYears(1), jaar.AddYears(2).AddDays(-1), false, "begroting.pdf", "application/pdf", Pdf("Begroting Werkplein SSWZM"), cancellationToken);

        await service.PlanAsync("win-aboersma", "BMWE", "Participatiewet en werkgeversdienstverlening", vandaag.AddDays(21), "19:30", "Gemeentehuis Winsum, raadzaal",
            ["bedum", "de-marne", "winsum", "eemsmond"],
            [new AgendaOnderdeel("Stand van zaken sociaal domein", [rapportage.Id]), new AgendaOnderdeel("Kaders voor het beleidsplan", [beleidsplan.Id]), new AgendaOnderdeel("Rondvraag", [])],
            cancellationToken);
        logger.LogInformation("Demo data of the BMWE raadsinformatieplatform added");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<Raadsdocument> UploadAsync(string titel, DocumentSoort soort, DateOnly datum, DateOnly van, DateOnly tot, bool vertrouwelijk, CancellationToken ct) =>
        service.UploadAsync("bmwe-sdekker", "BMWE", null, titel, soort, datum, van, tot, vertrouwelijk, soort.ToString().ToLowerInvariant() + ".pdf", "application/pdf", Pdf(titel), ct);

    /// <summary>A one-page PDF with the title, so the demo's downloads open in any reader.</summary>
    private static byte[] Pdf(string titel)
    {
        var tekst = new string(titel.Select(c => c < 128 ? c : '-').ToArray()).Replace("(", "[", StringComparison.Ordinal).Replace(")", "]", StringComparison.Ordinal);
        var stream = $"BT /F1 18 Tf 72 760 Td ({tekst}) Tj ET";
        string[] objecten =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var posities = new List<int>();
        for (var i = 0; i < objecten.Length; i++)
        {
            posities.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objecten[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objecten.Length + 1}\n0000000000 65535 f \n");
        foreach (var positie in posities)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{positie:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objecten.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
