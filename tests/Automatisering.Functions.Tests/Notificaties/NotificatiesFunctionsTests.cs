using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Notificaties;
using Automatisering.Functions.Notificaties;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Notificaties;

/// <summary>The notification of each event, through the queue function and the local outbox, as a person would receive it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class NotificatiesFunctionsTests(AzuriteFixture azurite)
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private FunctionsAppFactory App() => new FunctionsAppFactory(azurite).WithoutTriggers()
        .WithServices(services => services.AddSingleton<TimeProvider>(_clock));

    private BlobContainerClient Outbox => azurite.Blobs.GetBlobContainerClient(OutboxNotificatieService.Container);

    /// <summary>The notifications in the outbox whose key starts with <paramref name="prefix"/>.</summary>
    private async Task<List<(string Naam, Notificatie Bericht)>> BerichtenAsync(string prefix)
    {
        var berichten = new List<(string, Notificatie)>();
        if (!await Outbox.ExistsAsync())
        {
            return berichten;
        }

        await foreach (var blob in Outbox.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "notificaties/" + prefix, default))
        {
            var inhoud = await Outbox.GetBlobClient(blob.Name).DownloadContentAsync();
            berichten.Add((blob.Name, inhoud.Value.Content.ToObjectFromJson<Notificatie>(BesluitvormingJson.Options)!));
        }

        return berichten;
    }

    [Fact]
    public async Task Notificeren_SubmitMessageProcessedTwice_NextSignersToldOnceWithSubjectAndLink()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, _, status) = await api.CreateAndSubmitAsync("staphorst");
        var wachtOp = status.GetProperty("wachtOp").EnumerateArray().Select(w => w.GetProperty("persoonId").GetString()!).ToList();

        var (bericht, gebeurtenis) = Assert.Single(await Gebeurtenissen.VanDossierAsync(azurite.Queues, id));
        Assert.Equal(GebeurtenisSoort.VolgendeStap, gebeurtenis.Soort);
        await app.Function<NotificatiesFunctions>().Notificeren(bericht, default);
        await app.Function<NotificatiesFunctions>().Notificeren(bericht, default);

        var berichten = await BerichtenAsync(id + "/");
        Assert.Equal(wachtOp.Order(), berichten.Select(b => b.Bericht.AanPersoonIds.Single()).Order());
        var eerste = berichten[0].Bericht;
        Assert.Equal("[Staphorst] Paraaf gevraagd: Handvest SSWZM 'Samen verbonden door burgers & vertrouwen'", eerste.Onderwerp);
        Assert.Contains($"http://localhost:5080/dossiers/{id}", eerste.Tekst);
        Assert.Contains("wacht op uw paraaf bij stap 'Teamleider'", eerste.Tekst);
        Assert.Equal(BesluitvormingApi.Sample.FindPersoon(eerste.AanPersoonIds[0])!.Email, Assert.Single(eerste.AanEmail));

        // And exactly as it would be mailed: the Graph request production sends, written once, text as paragraphs with the link.
        var sleutel = berichten[0].Naam["notificaties/".Length..^".json".Length];
        var mail = JsonDocument.Parse((await Outbox.GetBlobClient($"notificatie/{sleutel}/verzoeken/01-sendMail.json").DownloadContentAsync()).Value.Content.ToString()).RootElement.GetProperty("Message");
        Assert.Equal(eerste.Onderwerp, mail.GetProperty("subject").GetString());
        Assert.Equal(eerste.AanEmail[0], mail.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal("html", mail.GetProperty("body").GetProperty("contentType").GetString(), ignoreCase: true);
        Assert.Contains($"<a href=\"http://localhost:5080/dossiers/{id}\">", mail.GetProperty("body").GetProperty("content").GetString());
        var keer = 0;
        await foreach (var _ in Outbox.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"notificatie/{sleutel}/verzoeken/", default))
        {
            keer++;
        }

        Assert.Equal(1, keer);
    }

    [Fact]
    public async Task Notificeren_Returned_StellerToldWithTheComment()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var (id, auteur, status) = await api.CreateAndSubmitAsync("meppel");
        await api.JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/retour", BesluitvormingApi.FirstWaitingOn(status), new { opmerking = "Graag de financiële paragraaf aanvullen." });

        foreach (var (bericht, _) in await Gebeurtenissen.VanDossierAsync(azurite.Queues, id))
        {
            await app.Function<NotificatiesFunctions>().Notificeren(bericht, default);
        }

        var aanSteller = Assert.Single(await BerichtenAsync(id + "/"), b => b.Bericht.AanPersoonIds.Contains(auteur)).Bericht;
        Assert.StartsWith("[Meppel] Teruggestuurd: ", aanSteller.Onderwerp);
        Assert.Contains("Opmerking: Graag de financiële paragraaf aanvullen.", aanSteller.Tekst);
    }

    [Fact]
    public async Task Dagoverzichten_SignerChoseADigest_NothingAtOnceThenOneMessageAtTheChosenHour()
    {
        await using var app = App();
        var api = new BesluitvormingApi(app.Start(), _clock);
        var dienst = app.Services.GetRequiredService<NotificatieDienst>();
        var uur = NederlandseTijd.Lokaal(_clock.Now).Hour;
        var (id1, _, status) = await api.CreateAndSubmitAsync("de-marne");
        var signer = BesluitvormingApi.FirstWaitingOn(status);
        await dienst.ZetVoorkeurAsync(signer, new NotificatieVoorkeur(Bezorgwijze.Dagoverzicht, (uur + 1) % 24), default);
        var (id2, _, _) = await api.CreateAndSubmitAsync("de-marne");
        foreach (var id in new[] { id1, id2 })
        {
            foreach (var (bericht, _) in await Gebeurtenissen.VanDossierAsync(azurite.Queues, id))
            {
                await app.Function<NotificatiesFunctions>().Notificeren(bericht, default);
            }
        }

        Assert.DoesNotContain((await BerichtenAsync(id1 + "/")).Concat(await BerichtenAsync(id2 + "/")), b => b.Bericht.AanPersoonIds.Contains(signer));
        Assert.Equal(0, await dienst.VerstuurDagoverzichtenAsync(default)); // not their hour yet

        _clock.Now = _clock.Now.AddHours(1);
        await app.Function<NotificatiesFunctions>().Dagoverzichten(null!, default);
        await app.Function<NotificatiesFunctions>().Dagoverzichten(null!, default);

        var overzicht = Assert.Single(await BerichtenAsync($"dagoverzicht/{signer}/")).Bericht;
        Assert.Equal("Dagoverzicht: 2 berichten", overzicht.Onderwerp);
        Assert.Contains(id1, overzicht.Tekst);
        Assert.Contains(id2, overzicht.Tekst);

        // A line that comes in later in the same hour is not cleared unsent: it makes a digest of its own.
        var (id3, _, _) = await api.CreateAndSubmitAsync("de-marne");
        foreach (var (bericht, _) in await Gebeurtenissen.VanDossierAsync(azurite.Queues, id3))
        {
            await app.Function<NotificatiesFunctions>().Notificeren(bericht, default);
        }

        await app.Function<NotificatiesFunctions>().Dagoverzichten(null!, default);
        var overzichten = await BerichtenAsync($"dagoverzicht/{signer}/");
        Assert.Equal(2, overzichten.Count);
        var later = Assert.Single(overzichten, o => o.Bericht.Tekst.Contains(id3, StringComparison.Ordinal)).Bericht;
        Assert.Equal("Dagoverzicht: 1 bericht", later.Onderwerp);
        await dienst.ZetVoorkeurAsync(signer, NotificatieVoorkeur.Standaard, default);
    }

    [Fact]
    public async Task ZetVoorkeurAsync_HourOutOfRange_RefusedAndNothingStored()
    {
        await using var app = App();
        app.Start();
        var dienst = app.Services.GetRequiredService<NotificatieDienst>();
        var persoon = BesluitvormingApi.Sample.Personen[0].Id;

        Assert.Equal("uur", (await Assert.ThrowsAsync<ArgumentException>(() => dienst.ZetVoorkeurAsync(persoon, new NotificatieVoorkeur(Bezorgwijze.Dagoverzicht, 24), default))).ParamName);

        Assert.Equal(NotificatieVoorkeur.Standaard, await dienst.VoorkeurAsync(persoon, default));
    }
}
