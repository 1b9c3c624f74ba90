using System.Text.Json;
using Automatisering.Domain.Distributie;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>The real Graph SDK against a local HTTP stub: the exact requests production makes.</summary>
public sealed class GraphKanaalTests : IAsyncLifetime
{
    private const string Users = "/v1.0/users/" + TestBezorgingen.Mailbox;
    private GraphStub _stub = null!;

    public async Task InitializeAsync() => _stub = await GraphStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private GraphKanaal Kanaal(int maxRetry = 3)
    {
        var options = TestBezorgingen.Options(_stub.BaseUrl, maxRetry);
        return new GraphKanaal(DistributieGraphClient.Create(options.Graph, new FakeTokenCredential()),
            Microsoft.Extensions.Options.Options.Create(options), NullLogger<GraphKanaal>.Instance);
    }

    [Fact]
    public async Task BezorgAsync_SmallAttachments_PostsSendMailWithExactMessage()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Accepted);
        var bezorging = TestBezorgingen.Besluit();

        var resultaat = await Kanaal().BezorgAsync(bezorging, default);

        Assert.Equal(BezorgStatus.Bezorgd, resultaat.Status);
        var verzoek = Assert.Single(_stub.Verzoeken);
        Assert.Equal("POST", verzoek.Method);
        Assert.Equal(Users + "/sendMail", verzoek.Path);
        Assert.Equal("Bearer " + FakeTokenCredential.Token, verzoek.Header("Authorization"));
        Assert.StartsWith("application/json", verzoek.Header("Content-Type"));

        // The SDK writes the action's own parameters in PascalCase, as Graph's metadata names them.
        var json = verzoek.Json;
        Assert.True(json.GetProperty("SaveToSentItems").GetBoolean());
        var message = json.GetProperty("Message");
        Assert.Equal("#microsoft.graph.message", message.GetProperty("@odata.type").GetString());
        Assert.Equal(bezorging.Onderwerp, message.GetProperty("subject").GetString());
        Assert.Equal("html", message.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal(bezorging.BodyHtml, message.GetProperty("body").GetProperty("content").GetString());
        var to = Assert.Single(message.GetProperty("toRecipients").EnumerateArray());
        Assert.Equal(TestBezorgingen.Secretariaat, to.GetProperty("emailAddress").GetProperty("address").GetString());

        var attachments = message.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(2, attachments.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("#microsoft.graph.fileAttachment", attachments[i].GetProperty("@odata.type").GetString());
            Assert.Equal(bezorging.Attachments[i].Name, attachments[i].GetProperty("name").GetString());
            Assert.Equal(bezorging.Attachments[i].ContentType, attachments[i].GetProperty("contentType").GetString());
            Assert.Equal(Convert.ToBase64String(bezorging.Attachments[i].Bytes), attachments[i].GetProperty("contentBytes").GetString());
        }

        var header = Assert.Single(message.GetProperty("internetMessageHeaders").EnumerateArray());
        Assert.Equal("x-automatisering-idempotency", header.GetProperty("name").GetString());
        Assert.Equal(bezorging.IdempotencyKey, header.GetProperty("value").GetString());
        var property = Assert.Single(message.GetProperty("singleValueExtendedProperties").EnumerateArray());
        Assert.Equal(GraphBerichten.IdempotencyPropertyId, property.GetProperty("id").GetString());
        Assert.Equal(bezorging.IdempotencyKey, property.GetProperty("value").GetString());
    }

    [Fact]
    public async Task BezorgAsync_AttachmentOfThreeMegabytes_CreatesDraftUploadsInChunksThenSends()
    {
        var groot = new Bijlage("agendapunt.pdf", "application/pdf", TestBezorgingen.Bytes(3 * 1024 * 1024, 7));
        var klein = new Bijlage("agendapunt.docx", TestBezorgingen.Docx, TestBezorgingen.Bytes(30_000, 8));
        _stub.Bij("POST", Users + "/messages", new GraphStubAntwoord(201, """{"id":"draft-1"}"""))
            .Bij("POST", Users + "/messages/draft-1/attachments/createUploadSession", new GraphStubAntwoord(200,
                $$"""{"uploadUrl":"{{_stub.UploadBaseUrl}}/att-1","expirationDateTime":"2030-01-01T00:00:00Z","nextExpectedRanges":["0-"]}"""))
            .Bij("PUT", "/upload/att-1", ChunkAntwoord)
            .Bij("POST", Users + "/messages/draft-1/send", GraphStubAntwoord.Accepted);
        var bezorging = TestBezorgingen.Besluit(bijlagen: [klein, groot]);

        var resultaat = await Kanaal().BezorgAsync(bezorging, default);

        Assert.Equal(BezorgStatus.Bezorgd, resultaat.Status);
        Assert.Equal("draft-1", resultaat.Referentie);
        var verzoeken = _stub.Verzoeken;
        const int slice = 2 * 320 * 1024;
        var chunks = (groot.Bytes.Length + slice - 1) / slice;
        Assert.Equal(
            new[] { $"POST {Users}/messages", $"POST {Users}/messages/draft-1/attachments/createUploadSession" }
                .Concat(Enumerable.Repeat("PUT /upload/att-1", chunks))
                .Append($"POST {Users}/messages/draft-1/send"),
            verzoeken.Select(v => v.ToString()));

        // The draft carries the small attachment inline and the idempotency property; the large one is not in it.
        var draft = verzoeken[0].Json;
        Assert.Equal(bezorging.Onderwerp, draft.GetProperty("subject").GetString());
        var inline = Assert.Single(draft.GetProperty("attachments").EnumerateArray());
        Assert.Equal(klein.Name, inline.GetProperty("name").GetString());
        Assert.Equal(bezorging.IdempotencyKey, Assert.Single(draft.GetProperty("singleValueExtendedProperties").EnumerateArray()).GetProperty("value").GetString());

        var item = verzoeken[1].Json.GetProperty("AttachmentItem");
        Assert.Equal("file", item.GetProperty("attachmentType").GetString());
        Assert.Equal(groot.Name, item.GetProperty("name").GetString());
        Assert.Equal(groot.ContentType, item.GetProperty("contentType").GetString());
        Assert.Equal(groot.Bytes.Length, item.GetProperty("size").GetInt64());

        var puts = verzoeken.Where(v => v.Method == "PUT").ToList();
        for (var i = 0; i < puts.Count; i++)
        {
            var start = i * slice;
            var end = Math.Min(start + slice, groot.Bytes.Length) - 1;
            Assert.Equal($"bytes {start}-{end}/{groot.Bytes.Length}", puts[i].Header("Content-Range"));
            Assert.Equal("localhost", puts[i].Host);
            // The upload URL is pre-authenticated; the app's token must not travel to it.
            Assert.Null(puts[i].Header("Authorization"));
        }

        Assert.Equal(groot.Bytes, puts.SelectMany(p => p.Body).ToArray());
        Assert.Empty(verzoeken[^1].Body);
    }

    [Fact]
    public async Task BezorgAsync_ThrottledOnceWithRetryAfter_RetriesAndSucceeds()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Throttled(1), keer: 1)
            .Bij("POST", Users + "/sendMail", GraphStubAntwoord.Accepted);

        var resultaat = await Kanaal().BezorgAsync(TestBezorgingen.Besluit(), default);

        Assert.Equal(BezorgStatus.Bezorgd, resultaat.Status);
        var verzoeken = _stub.Verzoeken;
        Assert.Equal(2, verzoeken.Count);
        Assert.All(verzoeken, v => Assert.Equal(Users + "/sendMail", v.Path));
        Assert.Equal(verzoeken[0].Body, verzoeken[1].Body);
        Assert.Equal("1", verzoeken[1].Header("Retry-Attempt"));
    }

    [Fact]
    public async Task BezorgAsync_ThrottledBeyondRetries_ReturnsTijdelijkWithRetryAfter()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Throttled(1));

        var resultaat = await Kanaal(maxRetry: 1).BezorgAsync(TestBezorgingen.Besluit(), default);

        Assert.Equal(BezorgStatus.Tijdelijk, resultaat.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), resultaat.OpnieuwNa);
        Assert.Equal(2, _stub.Verzoeken.Count);
    }

    [Fact]
    public async Task BezorgAsync_GatewayTimeoutOnSend_ReturnsOnzekerWithoutResending()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Error(504, "GatewayTimeout"));

        var resultaat = await Kanaal().BezorgAsync(TestBezorgingen.Besluit(), default);

        Assert.Equal(BezorgStatus.Onzeker, resultaat.Status);
        Assert.Single(_stub.Verzoeken);
    }

    [Fact]
    public async Task BezorgAsync_ServerErrorBeforeSend_ReturnsTijdelijk()
    {
        _stub.Bij("POST", Users + "/messages", GraphStubAntwoord.Error(500, "InternalServerError"));
        var groot = new Bijlage("bijlage.pdf", "application/pdf", TestBezorgingen.Bytes(GraphBerichten.InlineLimitBytes, 3));

        var resultaat = await Kanaal().BezorgAsync(TestBezorgingen.Besluit(bijlagen: groot), default);

        Assert.Equal(BezorgStatus.Tijdelijk, resultaat.Status);
        Assert.Equal($"POST {Users}/messages", Assert.Single(_stub.Verzoeken).ToString());
    }

    [Fact]
    public async Task BezorgAsync_MailboxNotFound_ReturnsGeweigerd()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Error(404, "ErrorInvalidUser"));

        var resultaat = await Kanaal().BezorgAsync(TestBezorgingen.Besluit(), default);

        Assert.Equal(BezorgStatus.Geweigerd, resultaat.Status);
        Assert.Contains("404", resultaat.Fout);
    }

    [Fact]
    public async Task BezorgAsync_TwelveConcurrentDeliveries_NeverMoreThanFourInFlightForTheMailbox()
    {
        _stub.Vertraging = TimeSpan.FromMilliseconds(300);
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Accepted);
        var kanaal = Kanaal();

        var resultaten = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            Task.Run(() => kanaal.BezorgAsync(TestBezorgingen.Besluit($"besluit/D-{i}/gemeente-a/mail"), default))));

        Assert.All(resultaten, r => Assert.Equal(BezorgStatus.Bezorgd, r.Status));
        Assert.Equal(12, _stub.Verzoeken.Count);
        Assert.Equal(4, _stub.MaxInFlight);
    }

    [Fact]
    public async Task BezorgAsync_SharePointTarget_PutsEachFileInTheGemeenteFolderBeforeMailing()
    {
        const string drive = "b!gemeente-a-drive";
        _stub.Bij("PUT", p => p.StartsWith($"/v1.0/drives/{drive}/root:/"), new GraphStubAntwoord(201, """{"id":"item-1"}"""))
            .Bij("POST", Users + "/sendMail", GraphStubAntwoord.Accepted);
        var bezorging = TestBezorgingen.Besluit(sharePoint: new SharePointDoel(drive, "/Besluiten/2025/"));

        var resultaat = await Kanaal().BezorgAsync(bezorging, default);

        Assert.Equal(BezorgStatus.Bezorgd, resultaat.Status);
        var verzoeken = _stub.Verzoeken;
        Assert.Equal(
            [
                $"PUT /v1.0/drives/{drive}/root:/Besluiten/2025/agendapunt.docx:/content",
                $"PUT /v1.0/drives/{drive}/root:/Besluiten/2025/agendapunt.pdf:/content",
                $"POST {Users}/sendMail",
            ],
            verzoeken.Select(v => v.ToString()));
        Assert.Equal(bezorging.Attachments[0].Bytes, verzoeken[0].Body);
        Assert.Equal(bezorging.Attachments[1].Bytes, verzoeken[1].Body);
        Assert.Equal("Bearer " + FakeTokenCredential.Token, verzoeken[0].Header("Authorization"));
    }

    [Fact]
    public async Task BezorgAsync_SharePointFileOfFourMegabytes_UsesDriveUploadSessionThatReplaces()
    {
        const string drive = "b!gemeente-a-drive";
        var groot = new Bijlage("agendapunt.pdf", "application/pdf", TestBezorgingen.Bytes(GraphBerichten.DriveSimpleUploadLimitBytes, 9));
        _stub.Bij("POST", $"/v1.0/drives/{drive}/root:/Besluiten/agendapunt.pdf:/createUploadSession", new GraphStubAntwoord(200,
                $$"""{"uploadUrl":"{{_stub.UploadBaseUrl}}/drive-1","expirationDateTime":"2030-01-01T00:00:00Z","nextExpectedRanges":["0-"]}"""))
            .Bij("PUT", "/upload/drive-1", ChunkAntwoord)
            .Bij("POST", Users + "/messages", new GraphStubAntwoord(201, """{"id":"draft-2"}"""))
            .Bij("POST", Users + "/messages/draft-2/attachments/createUploadSession", new GraphStubAntwoord(200,
                $$"""{"uploadUrl":"{{_stub.UploadBaseUrl}}/att-2","expirationDateTime":"2030-01-01T00:00:00Z","nextExpectedRanges":["0-"]}"""))
            .Bij("PUT", "/upload/att-2", ChunkAntwoord)
            .Bij("POST", Users + "/messages/draft-2/send", GraphStubAntwoord.Accepted);
        var bezorging = TestBezorgingen.Besluit(sharePoint: new SharePointDoel(drive, "Besluiten"), bijlagen: groot);

        var resultaat = await Kanaal().BezorgAsync(bezorging, default);

        Assert.Equal(BezorgStatus.Bezorgd, resultaat.Status);
        var verzoeken = _stub.Verzoeken;
        Assert.Equal($"POST /v1.0/drives/{drive}/root:/Besluiten/agendapunt.pdf:/createUploadSession", verzoeken[0].ToString());
        Assert.Equal("replace", verzoeken[0].Json.GetProperty("item").GetProperty("@microsoft.graph.conflictBehavior").GetString());
        var puts = verzoeken.Where(v => v.Path == "/upload/drive-1").ToList();
        Assert.Equal(groot.Bytes.Length / (2 * 320 * 1024) + 1, puts.Count);
        Assert.Equal(groot.Bytes, puts.SelectMany(p => p.Body).ToArray());
        Assert.All(puts, p => Assert.Null(p.Header("Authorization")));
        // SharePoint first (a retry replaces), then the mail: the 4 MB attachment takes the draft way, not sendMail.
        Assert.Equal($"POST {Users}/messages", verzoeken[puts.Count + 1].ToString());
        Assert.Equal($"POST {Users}/messages/draft-2/send", verzoeken[^1].ToString());
        Assert.DoesNotContain(verzoeken, v => v.Path.EndsWith("/sendMail"));
    }

    [Fact]
    public async Task IsAlBezorgdAsync_MessageWithKeyInSentItems_ReturnsTrue()
    {
        const string key = "besluit/D-2025-001/gemeente-a/mail";
        var filter = GraphBerichten.SentItemsFilter(key);
        _stub.Bij("GET", Users + "/mailFolders/sentitems/messages",
            v => v.Query.Contains(filter, StringComparison.Ordinal)
                ? new GraphStubAntwoord(200, """{"value":[{"id":"sent-1"}]}""")
                : new GraphStubAntwoord(200, """{"value":[]}"""));
        var kanaal = Kanaal();

        Assert.True(await kanaal.IsAlBezorgdAsync(key, default));
        Assert.False(await kanaal.IsAlBezorgdAsync("besluit/D-2025-002/gemeente-a/mail", default));

        var query = _stub.Verzoeken[0].Query;
        Assert.Contains($"$filter={filter}", query);
        Assert.Contains("$top=1", query);
        Assert.Contains("$select=id", query);
        Assert.Equal(
            "singleValueExtendedProperties/any(ep: ep/id eq 'String {6f1c7e0a-3b52-4c8e-9d1f-2a7b5e4c9d30} Name x-automatisering-idempotency' and ep/value eq 'besluit/D-2025-001/gemeente-a/mail')",
            filter);
    }

    [Fact]
    public void SentItemsFilter_KeyWithQuote_DoublesIt() =>
        Assert.EndsWith("ep/value eq 'o''brien')", GraphBerichten.SentItemsFilter("o'brien"));

    [Fact]
    public async Task ConvertToPdfAsync_Docx_UploadsFetchesPdfAndDeletesTheTemporaryItem()
    {
        var pdf = "%PDF-1.7 stub"u8.ToArray();
        var docx = TestBezorgingen.Bytes(10_000, 4);
        _stub.Bij("PUT", p => p.StartsWith("/v1.0/drives/pdf-drive/root:/automatisering-pdf/") && p.EndsWith(".docx:/content"),
                new GraphStubAntwoord(201, """{"id":"tmp-1"}"""))
            .Bij("GET", "/v1.0/drives/pdf-drive/items/tmp-1/content", new GraphStubAntwoord(200, Bytes: pdf))
            .Bij("DELETE", "/v1.0/drives/pdf-drive/items/tmp-1", new GraphStubAntwoord(204));
        var options = TestBezorgingen.Options(_stub.BaseUrl);
        var renderer = new GraphPdfRenderer(DistributieGraphClient.Create(options.Graph, new FakeTokenCredential()), "pdf-drive", "automatisering-pdf");

        var result = await renderer.ConvertToPdfAsync(docx, default);

        Assert.Equal(pdf, result);
        var verzoeken = _stub.Verzoeken;
        Assert.Equal(["PUT", "GET", "DELETE"], verzoeken.Select(v => v.Method));
        Assert.Equal(docx, verzoeken[0].Body);
        Assert.Equal("?format=pdf", verzoeken[1].Query);
    }

    /// <summary>Like Graph: 200 with the next expected range while bytes are missing, 201 once the last slice arrived.</summary>
    private static GraphStubAntwoord ChunkAntwoord(GraphStubVerzoek verzoek)
    {
        var range = verzoek.Header("Content-Range")!["bytes ".Length..];
        var end = long.Parse(range[(range.IndexOf('-') + 1)..range.IndexOf('/')]);
        var total = long.Parse(range[(range.IndexOf('/') + 1)..]);
        return end + 1 == total
            ? new GraphStubAntwoord(201, """{"id":"uploaded-1"}""")
            : new GraphStubAntwoord(200, $$"""{"expirationDateTime":"2030-01-01T00:00:00Z","nextExpectedRanges":["{{end + 1}}-"]}""");
    }
}
