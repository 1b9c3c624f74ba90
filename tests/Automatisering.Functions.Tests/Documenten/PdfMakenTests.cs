using System.Net;
using System.Text.Json;
using Automatisering.Domain.Distributie;
using Automatisering.Domain.Documenten;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Automatisering.Templating;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Documenten;

/// <summary>
/// Render ahead: the function app makes a new version's PDFs from queue <c>pdf</c> before anyone asks, the API
/// then serves the stored PDF, and a conversion that keeps failing ends in <c>pdf-poison</c> with its Dutch reason
/// on the dossier.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PdfMakenTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Gemeente = "meppel";

    public async Task InitializeAsync()
    {
        // Other tests store documents without running PdfMaken; their requests are not this test's work.
        foreach (var queue in new[] { Wachtrijen.Pdf, Wachtrijen.Pdf + "-poison" })
        {
            await azurite.Queues.GetQueueClient(queue).DeleteIfExistsAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DossierAanmaken_NewVersion_PdfStoredWithoutAnyoneOpeningItAndServedFromStorage()
    {
        TellendePdfRenderer? teller = null;
        await using var app = new FunctionsAppFactory(azurite).WithPdfMaken()
            .WithServices(services => services.AddSingleton<IPdfRenderer>(sp => teller = new TellendePdfRenderer(sp.GetRequiredService<LibreOfficeOmzetter>())));
        var api = new BesluitvormingApi(await app.StartAsync());

        var dossier = await api.CreateAsync(Gemeente);
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;
        var sha = await DocxShaAsync(api, id, auteur);
        var blob = azurite.Blobs.GetBlobContainerClient("documenten").GetBlobClient(PdfWeergaven.PdfPad(id, sha));

        // Nobody asks for the PDF: it is there all the same.
        await Eventually.True(async () => (await blob.ExistsAsync()).Value, "the agendapunt's PDF stored ahead", seconds: 120);
        var stand = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt/pdf", auteur);
        Assert.Equal("klaar", stand.GetProperty("status").GetString());
        await Eventually.True(() => teller!.Aantal == 2, "agendapunt and collegeadvies converted once each");

        using var response = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt?formaat=pdf", auteur);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((await blob.DownloadContentAsync()).Value.Content.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, teller!.Aantal);
    }

    [Fact]
    public async Task DossierDocument_PdfNotMadeYet_503WithDutchReasonAndRetryAfter()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var api = new BesluitvormingApi(await app.StartAsync());
        var dossier = await api.CreateAsync(Gemeente);
        var id = dossier.GetProperty("id").GetString()!;

        using var response = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt?formaat=pdf", dossier.GetProperty("auteurId").GetString()!);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Contains("De PDF wordt gemaakt", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PdfMaken_ConversionKeepsFailing_PoisonQueueAndDutchReasonOnTheDossier()
    {
        await using var app = new FunctionsAppFactory(azurite).WithPdfMaken().WithSetting("Automatisering:Templates:Soffice", "/nonexistent/soffice");
        var api = new BesluitvormingApi(await app.StartAsync());

        var dossier = await api.CreateAsync(Gemeente);
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;

        var poison = azurite.Queues.GetQueueClient(Wachtrijen.Pdf + "-poison");
        await Eventually.True(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync(32)).Value.Length == 2, "both documents' requests in pdf-poison", seconds: 120);
        var stand = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt/pdf", auteur);
        Assert.Equal("mislukt", stand.GetProperty("status").GetString());
        Assert.True(stand.GetProperty("opgegeven").GetBoolean());
        Assert.Equal(PdfWeergaven.MaxPogingen, stand.GetProperty("pogingen").GetInt32());
        Assert.Contains("LibreOffice ('/nonexistent/soffice') is niet gevonden", stand.GetProperty("uitleg").GetString());
        Assert.Contains("gebruik het Word-bestand", stand.GetProperty("uitleg").GetString());
    }

    [Fact]
    public void MaxPogingen_HostJson_EqualsMaxDequeueCount()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "functions", "Automatisering.Functions", "host.json")));

        Assert.Equal(PdfWeergaven.MaxPogingen, host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    private static async Task<string> DocxShaAsync(BesluitvormingApi api, string id, string persoon)
    {
        using var docx = await api.SendAsync(HttpMethod.Get, $"/api/dossiers/{id}/documenten/agendapunt", persoon);
        return docx.Headers.ETag!.Tag.Trim('"');
    }
}
