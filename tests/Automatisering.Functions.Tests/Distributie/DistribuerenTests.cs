using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Distributie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Distributie;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>The Distribueren function through the Graph channel (real SDK, local stub) and the delivery bookkeeping.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DistribuerenTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Users = "/v1.0/users/" + TestBezorgingen.Mailbox;
    private GraphStub _stub = null!;

    public async Task InitializeAsync() => _stub = await GraphStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private FunctionsAppFactory App() => new FunctionsAppFactory(azurite)
        .WithoutTriggers()
        .WithSetting("Automatisering:Distributie:Kanaal", "graph")
        .WithSetting("Automatisering:Distributie:Graph:TenantId", "tenant")
        .WithSetting("Automatisering:Distributie:Graph:ClientId", "client")
        .WithSetting("Automatisering:Distributie:Graph:ClientSecret", "not-used-by-tests")
        .WithSetting("Automatisering:Distributie:Graph:SharedMailbox", TestBezorgingen.Mailbox)
        .WithSetting("Automatisering:Distributie:Graph:BaseUrl", _stub.BaseUrl)
        .WithServices(services => services.AddSingleton<GraphServiceClient>(sp =>
            DistributieGraphClient.Create(sp.GetRequiredService<IOptions<DistributieOptions>>().Value.Graph, new FakeTokenCredential()))
            .AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task Distribueren_KilledBetweenSendAndRecord_ChecksSentItemsAndDoesNotResend()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Accepted);
        _stub.Bij("GET", Users + "/mailFolders/sentitems/messages", new GraphStubAntwoord(200, """{"value":[{"id":"sent-1"}]}"""));
        await using var app = App();
        var client = app.Start();
        var api = new BesluitvormingApi(client, _clock);
        var (dossierId, gemeente) = await DecidedDossierAsync(api);
        var opdracht = JsonSerializer.Serialize(new DistributieOpdracht(DistributieOpdracht.Besluit, gemeente, dossierId, 1), JsonSerializerOptions.Web);

        await app.Function<DistributieFunctions>().Distribueren(opdracht, default);
        Assert.Single(_stub.Verzoeken, v => v.Path.EndsWith("/sendMail", StringComparison.Ordinal));

        // What a kill right after the send leaves behind: the bookkeeping still says "bezig".
        var stand = azurite.Blobs.GetBlobContainerClient("distributie").GetBlobClient($"besluit/{dossierId}/1/{gemeente}.json");
        var bezig = JsonDocument.Parse((await stand.DownloadContentAsync()).Value.Content.ToString()).RootElement.GetRawText().Replace("\"bezorgd\"", "\"bezig\"");
        await stand.UploadAsync(BinaryData.FromString(bezig), overwrite: true);

        await app.Function<DistributieFunctions>().Distribueren(opdracht, default);

        Assert.Single(_stub.Verzoeken, v => v.Path.EndsWith("/sendMail", StringComparison.Ordinal));
        Assert.Contains(_stub.Verzoeken, v => v.Path.EndsWith("/mailFolders/sentitems/messages", StringComparison.Ordinal));
        Assert.Contains("\"bezorgd\"", (await stand.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Distribueren_GraphKeepsRefusing_FailedInvocationAndFailureVisibleOnTheDossier()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Error(403, "ErrorAccessDenied"));
        await using var app = App();
        var client = app.Start();
        var api = new BesluitvormingApi(client, _clock);
        var (dossierId, gemeente) = await DecidedDossierAsync(api);
        var opdracht = JsonSerializer.Serialize(new DistributieOpdracht(DistributieOpdracht.Besluit, gemeente, dossierId, 1), JsonSerializerOptions.Web);

        await Assert.ThrowsAnyAsync<Exception>(() => app.Function<DistributieFunctions>().Distribueren(opdracht, default));
        var auteur = BesluitvormingApi.AuthorAndPortfolio(gemeente).Auteur;
        var standen = await api.JsonAsync(HttpMethod.Get, $"/api/dossiers/{dossierId}/distributie", auteur);
        var stand = Assert.Single(standen.EnumerateArray());
        Assert.Equal("mislukt", stand.GetProperty("status").GetString());
        Assert.Contains("Geweigerd", stand.GetProperty("laatsteFout").GetString());
    }

    [Fact]
    public async Task Notificatie_GraphChannelTwiceWithOneKey_OneMailFromTheSharedMailbox()
    {
        _stub.Bij("POST", Users + "/sendMail", GraphStubAntwoord.Accepted);
        _stub.Bij("GET", Users + "/mailFolders/sentitems/messages", new GraphStubAntwoord(200, """{"value":[]}"""), keer: 1);
        _stub.Bij("GET", Users + "/mailFolders/sentitems/messages", new GraphStubAntwoord(200, """{"value":[{"id":"sent-1"}]}"""));
        await using var app = App();
        app.Start();
        var notificaties = app.Services.GetRequiredService<INotificatieService>();
        var notificatie = new Notificatie("d-1/stap-1/v1/herinnering", ["stw-dykema"], ["d.ykema@steenwijkerland.example"], "Herinnering: paraaf", "Het agendapunt wacht op uw paraaf.", DateTimeOffset.UtcNow);

        Assert.True(await notificaties.VerstuurEenmaligAsync(notificatie, default));
        Assert.False(await notificaties.VerstuurEenmaligAsync(notificatie, default));

        var mail = Assert.Single(_stub.Verzoeken, v => v.Path.EndsWith("/sendMail", StringComparison.Ordinal));
        Assert.Contains("d.ykema@steenwijkerland.example", mail.Json.GetRawText());
        Assert.Contains("notificatie/d-1/stap-1/v1/herinnering", mail.Json.GetRawText());
    }

    private async Task<(string DossierId, string Gemeente)> DecidedDossierAsync(BesluitvormingApi api)
    {
        const string gemeente = "westerveld";
        var datum = BesluitvormingApi.Vergadering(gemeente, _clock.Now);
        var dossier = await api.CreateAsync(gemeente);
        await api.RouteToMeetingAsync(dossier, datum);
        var id = dossier.GetProperty("id").GetString()!;
        await api.DecideAsync(gemeente, datum, id);
        return (id, gemeente);
    }
}
