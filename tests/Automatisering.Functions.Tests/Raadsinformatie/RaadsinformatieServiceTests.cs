using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Raadsinformatie;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Raadsinformatie;

/// <summary>The council information platform's rules against Azurite: who uploads and sees what, versions, theme meetings.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RaadsinformatieServiceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Verband = "BMWE";
    private const string Uitvoering = "bmwe-sdekker";
    private const string GriffierWinsum = "win-aboersma";
    private const string RaadslidWinsum = "win-jvanderheide";
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF"u8.ToArray();

    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly OpgenomenNotificaties _notificaties = new();
    private readonly string _kenmerk = Guid.NewGuid().ToString("n")[..8];
    private WebAppFactory _app = null!;
    private RaadsinformatieService _service = null!;

    public Task InitializeAsync()
    {
        _app = new WebAppFactory(azurite).WithServices(s => s.AddSingleton<TimeProvider>(_clock).AddSingleton<INotificatieService>(_notificaties));
        _service = _app.Services.GetRequiredService<RaadsinformatieService>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private DateOnly Vandaag => NederlandseTijd.Datum(_clock.Now);

    private Task<Raadsdocument> UploadAsync(string door, string titel, bool vertrouwelijk = false, string verband = Verband, string? bestaand = null, byte[]? inhoud = null, DocumentSoort soort = DocumentSoort.Rapportage) =>
        _service.UploadAsync(door, verband, bestaand, titel, soort, Vandaag, Vandaag.AddMonths(-6), Vandaag, vertrouwelijk, "stuk.pdf", "application/pdf", inhoud ?? Pdf, default);

    [Fact]
    public async Task Upload_RaadslidOrOtherCooperationsOrganisation_ForbiddenAndNothingStored()
    {
        await Assert.ThrowsAsync<DossierForbiddenException>(() => UploadAsync(RaadslidWinsum, $"Rapport {_kenmerk}"));
        await Assert.ThrowsAsync<DossierForbiddenException>(() => UploadAsync("sswzm-wbakker", $"Rapport {_kenmerk}"));
        await Assert.ThrowsAsync<DossierForbiddenException>(() => UploadAsync(GriffierWinsum, $"Rapport {_kenmerk}", verband: "SSWZM"));

        Assert.Empty(await _service.DocumentenAsync(GriffierWinsum, Verband, _kenmerk, null, default));
    }

    [Fact]
    public async Task Upload_BadFileOrPeriod_RefusedAtTheFieldAndNothingStored()
    {
        var exe = await Assert.ThrowsAsync<ArgumentException>(() => UploadAsync(Uitvoering, $"Rapport {_kenmerk}", inhoud: "MZ\u0090\u0000"u8.ToArray()));
        var periode = await Assert.ThrowsAsync<ArgumentException>(() => _service.UploadAsync(Uitvoering, Verband, null, $"Rapport {_kenmerk}", DocumentSoort.Evaluatie,
            Vandaag, Vandaag, Vandaag.AddDays(-1), false, "stuk.pdf", "application/pdf", Pdf, default));
        var titel = await Assert.ThrowsAsync<ArgumentException>(() => UploadAsync(Uitvoering, new string('x', 301)));

        Assert.Equal(("bestand", "periodeTot", "titel"), (exe.ParamName, periode.ParamName, titel.ParamName));
        Assert.Contains("PDF- of Word-bestand", exe.Message);
        Assert.Empty(await _service.DocumentenAsync(GriffierWinsum, Verband, _kenmerk, null, default));
    }

    [Fact]
    public async Task Upload_NewVersion_EarlierVersionKeptAndBothDownloadable()
    {
        var eerste = await UploadAsync(Uitvoering, $"Jaarverslag {_kenmerk}", soort: DocumentSoort.Jaarverslag);
        var tweede = "%PDF-1.7 tweede\n%%EOF"u8.ToArray();

        var document = await UploadAsync(GriffierWinsum, $"Jaarverslag {_kenmerk} (herzien)", bestaand: eerste.Id, inhoud: tweede, soort: DocumentSoort.Jaarverslag);

        Assert.Equal([1, 2], document.Versies.Select(v => v.Nummer));
        Assert.Equal([Uitvoering, GriffierWinsum], document.Versies.Select(v => v.GeuploadDoor));
        Assert.Equal(Pdf, (await _service.BestandAsync(RaadslidWinsum, Verband, eerste.Id, 1, default)).Inhoud);
        Assert.Equal(tweede, (await _service.BestandAsync(RaadslidWinsum, Verband, eerste.Id, null, default)).Inhoud);
        Assert.Single(await _service.DocumentenAsync(RaadslidWinsum, Verband, _kenmerk, null, default));
    }

    [Fact]
    public async Task Documenten_ConfidentialAndSearch_OnlyForAllowedRolesAndByTitleAndKind()
    {
        var openbaar = await UploadAsync(Uitvoering, $"Beleidsplan participatie {_kenmerk}", soort: DocumentSoort.Beleidsplan);
        var vertrouwelijk = await UploadAsync(Uitvoering, $"Managementrapportage {_kenmerk}", vertrouwelijk: true);

        Assert.Equal([openbaar.Id], (await _service.DocumentenAsync(RaadslidWinsum, Verband, _kenmerk, null, default)).Select(d => d.Id));
        Assert.Equal(2, (await _service.DocumentenAsync(GriffierWinsum, Verband, _kenmerk, null, default)).Count);
        Assert.Equal(2, (await _service.DocumentenAsync("win-rkiewiet", Verband, _kenmerk, null, default)).Count);
        await Assert.ThrowsAsync<DossierNotFoundException>(() => _service.BestandAsync(RaadslidWinsum, Verband, vertrouwelijk.Id, null, default));

        Assert.Equal([vertrouwelijk.Id], (await _service.DocumentenAsync(GriffierWinsum, Verband, "managementRAPPORTAGE " + _kenmerk, null, default)).Select(d => d.Id));
        Assert.Equal([openbaar.Id], (await _service.DocumentenAsync(GriffierWinsum, Verband, _kenmerk, DocumentSoort.Beleidsplan, default)).Select(d => d.Id));
        Assert.Empty(await _service.DocumentenAsync(GriffierWinsum, Verband, _kenmerk, DocumentSoort.Begroting, default));
    }

    [Fact]
    public void Verbanden_PerRole_OwnCooperationsOnly()
    {
        Assert.Equal(["BMWE"], _service.Verbanden(RaadslidWinsum));
        Assert.Equal(["SSWZM"], _service.Verbanden("stw-lmulder"));
        Assert.Equal(["SSWZM"], _service.Verbanden("sswzm-wbakker"));
        Assert.Empty(_service.Verbanden("win-rwesterling"));
    }

    [Fact]
    public async Task Plan_ByGriffier_CouncilsTakingPartInvitedOnceAndOnTheCalendar()
    {
        var stuk = await UploadAsync(Uitvoering, $"Evaluatie {_kenmerk}", soort: DocumentSoort.Evaluatie);
        await Assert.ThrowsAsync<DossierForbiddenException>(() =>
            _service.PlanAsync(RaadslidWinsum, Verband, "Thema", Vandaag.AddDays(7), "19:30", "Winsum", ["winsum"], [], default));
        var buiten = await Assert.ThrowsAsync<ArgumentException>(() =>
            _service.PlanAsync(GriffierWinsum, Verband, "Thema", Vandaag.AddDays(7), "19:30", "Winsum", ["meppel"], [], default));
        Assert.Equal("gemeenten", buiten.ParamName);

        var bijeenkomst = await _service.PlanAsync(GriffierWinsum, Verband, $"Jeugdhulp {_kenmerk}", Vandaag.AddDays(7), "19:30", "Gemeentehuis Winsum",
            ["winsum", "bedum"], [new AgendaOnderdeel("Evaluatie jeugdhulp", [stuk.Id])], default);

        var uitnodiging = _notificaties.Verstuurd[$"themabijeenkomst/{Verband}/{bijeenkomst.Id}/uitnodiging"];
        Assert.Equal(new[] { "win-jvanderheide", "win-mdijkstra", "win-aboersma", "bed-hwiersma", "bed-tvisser" }.Order(), uitnodiging.AanPersoonIds.Order());
        Assert.Contains($"Jeugdhulp {_kenmerk}", uitnodiging.Tekst);
        var (komend, _) = await _service.BijeenkomstenAsync(RaadslidWinsum, Verband, default);
        Assert.Contains(komend, b => b.Id == bijeenkomst.Id);
    }

    [Fact]
    public async Task Aanwezigheid_AndVerslag_OwnRaadsledenOnlyAndNotesAfterTheMeeting()
    {
        var bijeenkomst = await _service.PlanAsync(GriffierWinsum, Verband, $"Armoedebeleid {_kenmerk}", Vandaag.AddDays(1), "19:30", "Bedum", ["winsum", "bedum"], [], default);

        var vreemd = await Assert.ThrowsAsync<ArgumentException>(() => _service.RegistreerAanwezigheidAsync(GriffierWinsum, Verband, bijeenkomst.Id, ["bed-hwiersma"], default));
        Assert.Equal("aanwezig", vreemd.ParamName);
        await Assert.ThrowsAsync<DossierForbiddenException>(() => _service.RegistreerAanwezigheidAsync(RaadslidWinsum, Verband, bijeenkomst.Id, [RaadslidWinsum], default));
        await _service.RegistreerAanwezigheidAsync(GriffierWinsum, Verband, bijeenkomst.Id, [RaadslidWinsum], default);
        var na = await _service.RegistreerAanwezigheidAsync("bed-tvisser", Verband, bijeenkomst.Id, ["bed-hwiersma"], default);
        Assert.Equal(
            new Dictionary<string, bool> { [RaadslidWinsum] = true, ["win-mdijkstra"] = false, ["bed-hwiersma"] = true }.OrderBy(x => x.Key),
            na.Aanwezigheid.OrderBy(x => x.Key));

        await Assert.ThrowsAsync<DossierStateException>(() => _service.PubliceerVerslagAsync(GriffierWinsum, Verband, bijeenkomst.Id, "Verslag", default));
        _clock.Now = _clock.Now.AddDays(2);
        var metVerslag = await _service.PubliceerVerslagAsync(GriffierWinsum, Verband, bijeenkomst.Id, "De raden spraken over armoedebeleid.", default);

        Assert.Equal("De raden spraken over armoedebeleid.", metVerslag.Verslag);
        Assert.Contains(RaadslidWinsum, _notificaties.Verstuurd[$"themabijeenkomst/{Verband}/{bijeenkomst.Id}/verslag"].AanPersoonIds);
        var (_, geweest) = await _service.BijeenkomstenAsync(RaadslidWinsum, Verband, default);
        Assert.Contains(geweest, b => b.Id == bijeenkomst.Id && b.Verslag is not null);
    }
}
