using System.Text.Json;
using Automatisering.Domain.Distributie;
using Automatisering.Functions.Tests.Infrastructure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>The local channel against a real Azurite: what a person finds in the outbox container.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutboxKanaalTests(AzuriteFixture azurite)
{
    private readonly string _container = $"outbox-{Guid.NewGuid():N}"[..30];

    private OutboxKanaal Kanaal(string baseUrl = "https://graph.microsoft.com/v1.0")
    {
        var options = TestBezorgingen.Options(baseUrl);
        options.Kanaal = "outbox";
        options.OutboxContainer = _container;
        return new OutboxKanaal(azurite.Blobs, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System);
    }

    private BlobContainerClient Container => azurite.Blobs.GetBlobContainerClient(_container);

    private async Task<Dictionary<string, Azure.Storage.Blobs.Models.BlobItem>> BlobsAsync()
    {
        var blobs = new Dictionary<string, Azure.Storage.Blobs.Models.BlobItem>();
        await foreach (var blob in Container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, default))
        {
            blobs[blob.Name] = blob;
        }

        return blobs;
    }

    private async Task<JsonElement> JsonAsync(string name) =>
        JsonDocument.Parse((await Container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToMemory()).RootElement;

    [Fact]
    public async Task BezorgAsync_SmallAttachments_WritesManifestSendMailBodyAndFiles()
    {
        var bezorging = TestBezorgingen.Besluit();

        var resultaat = await Kanaal().BezorgAsync(bezorging, default);

        Assert.Equal(BezorgStatus.Bezorgd, resultaat.Status);
        var key = bezorging.IdempotencyKey;
        Assert.Equal(
            [$"{key}/bezorging.json", $"{key}/bijlagen/agendapunt.docx", $"{key}/bijlagen/agendapunt.pdf", $"{key}/verzoeken/01-sendMail.json"],
            (await BlobsAsync()).Keys.Order(StringComparer.Ordinal));

        var manifest = await JsonAsync($"{key}/bezorging.json");
        Assert.Equal(key, manifest.GetProperty("idempotencyKey").GetString());
        var verzoek = Assert.Single(manifest.GetProperty("verzoeken").EnumerateArray());
        Assert.Equal("POST", verzoek.GetProperty("methode").GetString());
        Assert.Equal($"https://graph.microsoft.com/v1.0/users/{TestBezorgingen.Mailbox}/sendMail", verzoek.GetProperty("url").GetString());
        Assert.Equal("verzoeken/01-sendMail.json", verzoek.GetProperty("body").GetString());

        var message = (await JsonAsync($"{key}/verzoeken/01-sendMail.json")).GetProperty("Message");
        Assert.Equal(bezorging.Onderwerp, message.GetProperty("subject").GetString());
        Assert.Equal(TestBezorgingen.Secretariaat, message.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal(Convert.ToBase64String(bezorging.Attachments[1].Bytes), message.GetProperty("attachments")[1].GetProperty("contentBytes").GetString());
        Assert.Equal(key, message.GetProperty("singleValueExtendedProperties")[0].GetProperty("value").GetString());

        var pdf = await Container.GetBlobClient($"{key}/bijlagen/agendapunt.pdf").DownloadContentAsync();
        Assert.Equal(bezorging.Attachments[1].Bytes, pdf.Value.Content.ToArray());
        Assert.Equal("application/pdf", pdf.Value.Details.ContentType);
    }

    [Fact]
    public async Task BezorgAsync_SameKeyTwice_SecondWritesNothing()
    {
        var kanaal = Kanaal();
        var bezorging = TestBezorgingen.Besluit();
        await kanaal.BezorgAsync(bezorging, default);
        var voor = await BlobsAsync();

        var tweede = await kanaal.BezorgAsync(bezorging with { Onderwerp = "Gewijzigd onderwerp" }, default);

        Assert.Equal(BezorgStatus.AlBezorgd, tweede.Status);
        var na = await BlobsAsync();
        Assert.Equal(voor.Keys.Order(), na.Keys.Order());
        Assert.All(voor, blob => Assert.Equal(blob.Value.Properties.ETag, na[blob.Key].Properties.ETag));
        Assert.Equal("Besluit B&W: Herinrichting Dorpsstraat", (await JsonAsync($"{bezorging.IdempotencyKey}/bezorging.json")).GetProperty("onderwerp").GetString());
    }

    [Fact]
    public async Task BezorgAsync_ConcurrentSameKey_ExactlyOneDelivers()
    {
        var kanaal = Kanaal();
        var bezorging = TestBezorgingen.Besluit();

        var resultaten = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => kanaal.BezorgAsync(bezorging, default))));

        Assert.Single(resultaten, r => r.Status == BezorgStatus.Bezorgd);
        Assert.Equal(4, resultaten.Count(r => r.Status == BezorgStatus.AlBezorgd));
    }

    [Fact]
    public async Task BezorgAsync_LargeAttachmentAndSharePoint_WritesDraftUploadSessionsAndUploadPaths()
    {
        var groot = new Bijlage("agendapunt.pdf", "application/pdf", TestBezorgingen.Bytes(GraphBerichten.DriveSimpleUploadLimitBytes, 5));
        var klein = new Bijlage("agendapunt.docx", TestBezorgingen.Docx, TestBezorgingen.Bytes(10_000, 6));
        var bezorging = TestBezorgingen.Besluit(sharePoint: new SharePointDoel("b!drive-a", "Besluiten/2025"), bijlagen: [klein, groot]);

        await Kanaal().BezorgAsync(bezorging, default);

        var key = bezorging.IdempotencyKey;
        var verzoeken = (await JsonAsync($"{key}/bezorging.json")).GetProperty("verzoeken").EnumerateArray()
            .Select(v => $"{v.GetProperty("methode").GetString()} {v.GetProperty("url").GetString()} {v.GetProperty("body").GetString()}")
            .ToList();
        const string graph = "https://graph.microsoft.com/v1.0";
        const string users = $"{graph}/users/{TestBezorgingen.Mailbox}";
        Assert.Equal(
            [
                $"PUT {graph}/drives/b!drive-a/root:/Besluiten/2025/agendapunt.docx:/content bijlagen/agendapunt.docx",
                $"POST {graph}/drives/b!drive-a/root:/Besluiten/2025/agendapunt.pdf:/createUploadSession verzoeken/01-createUploadSession-agendapunt.pdf.json",
                "PUT {uploadUrl} bijlagen/agendapunt.pdf",
                $"POST {users}/messages verzoeken/02-message.json",
                $"POST {users}/messages/{{messageId}}/attachments/createUploadSession verzoeken/03-createUploadSession-agendapunt.pdf.json",
                "PUT {uploadUrl} bijlagen/agendapunt.pdf",
                $"POST {users}/messages/{{messageId}}/send ",
            ],
            verzoeken);

        var draft = await JsonAsync($"{key}/verzoeken/02-message.json");
        Assert.Equal("agendapunt.docx", Assert.Single(draft.GetProperty("attachments").EnumerateArray()).GetProperty("name").GetString());
        var item = (await JsonAsync($"{key}/verzoeken/03-createUploadSession-agendapunt.pdf.json")).GetProperty("AttachmentItem");
        Assert.Equal(groot.Bytes.Length, item.GetProperty("size").GetInt64());
        Assert.Equal("replace", (await JsonAsync($"{key}/verzoeken/01-createUploadSession-agendapunt.pdf.json")).GetProperty("item").GetProperty("@microsoft.graph.conflictBehavior").GetString());
    }

    [Fact]
    public async Task IsAlBezorgdAsync_AfterDelivery_ReturnsTrueOnlyForThatKey()
    {
        var kanaal = Kanaal();
        var bezorging = TestBezorgingen.Besluit();
        Assert.False(await kanaal.IsAlBezorgdAsync(bezorging.IdempotencyKey, default));

        await kanaal.BezorgAsync(bezorging, default);

        Assert.True(await kanaal.IsAlBezorgdAsync(bezorging.IdempotencyKey, default));
        Assert.False(await kanaal.IsAlBezorgdAsync("besluit/D-2025-999/gemeente-a/mail", default));
    }

    [Fact]
    public async Task BezorgAsync_SameDeliveryAsGraph_OutboxBodyIsByteForByteWhatGraphReceives()
    {
        await using var stub = await GraphStub.StartAsync();
        stub.Bij("POST", $"/v1.0/users/{TestBezorgingen.Mailbox}/sendMail", GraphStubAntwoord.Accepted);
        var options = TestBezorgingen.Options(stub.BaseUrl);
        var graph = new GraphKanaal(DistributieGraphClient.Create(options.Graph, new FakeTokenCredential()),
            Microsoft.Extensions.Options.Options.Create(options), NullLogger<GraphKanaal>.Instance);
        var bezorging = TestBezorgingen.Besluit();

        await graph.BezorgAsync(bezorging, default);
        await Kanaal(stub.BaseUrl).BezorgAsync(bezorging, default);

        var outbox = (await Container.GetBlobClient($"{bezorging.IdempotencyKey}/verzoeken/01-sendMail.json").DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(Assert.Single(stub.Verzoeken).Body, outbox);
    }
}
