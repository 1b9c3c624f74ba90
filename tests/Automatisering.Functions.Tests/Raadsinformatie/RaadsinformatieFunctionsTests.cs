using System.Net;
using Automatisering.Domain.Raadsinformatie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Raadsinformatie;

/// <summary>The platform's API as raadsleden and griffiers call it: only their cooperations, never what is confidential for them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RaadsinformatieFunctionsTests(AzuriteFixture azurite)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF"u8.ToArray();

    [Fact]
    public async Task RaadsinformatieApi_RaadslidAndGriffier_OwnCooperationAndAllowedDocumentsOnly()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var api = new BesluitvormingApi(app.Start());
        var service = app.Services.GetRequiredService<RaadsinformatieService>();
        var kenmerk = Guid.NewGuid().ToString("n")[..8];
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        var openbaar = await service.UploadAsync("bmwe-sdekker", "BMWE", null, $"Evaluatie {kenmerk}", DocumentSoort.Evaluatie, vandaag, vandaag.AddYears(-1), vandaag, false, "e.pdf", "application/pdf", Pdf, default);
        await service.UploadAsync("bmwe-sdekker", "BMWE", null, $"Vertrouwelijk {kenmerk}", DocumentSoort.Evaluatie, vandaag, vandaag.AddYears(-1), vandaag, true, "v.pdf", "application/pdf", Pdf, default);
        var bijeenkomst = await service.PlanAsync("win-aboersma", "BMWE", $"Thema {kenmerk}", vandaag.AddDays(3), "19:30", "Winsum", ["winsum"], [new AgendaOnderdeel("Evaluatie", [openbaar.Id])], default);

        var verbanden = await api.JsonAsync(HttpMethod.Get, "/api/raadsinformatie", "win-jvanderheide");
        var documenten = await api.JsonAsync(HttpMethod.Get, $"/api/raadsinformatie/BMWE/documenten?zoek={kenmerk}", "win-jvanderheide");
        var griffier = await api.JsonAsync(HttpMethod.Get, $"/api/raadsinformatie/BMWE/documenten?zoek={kenmerk}&soort=evaluatie", "win-aboersma");
        var agenda = await api.JsonAsync(HttpMethod.Get, $"/api/raadsinformatie/BMWE/themabijeenkomsten/{bijeenkomst.Id}", "win-jvanderheide");
        using var sswzm = await api.SendAsync(HttpMethod.Get, "/api/raadsinformatie/SSWZM/documenten", "win-jvanderheide");
        using var soort = await api.SendAsync(HttpMethod.Get, "/api/raadsinformatie/BMWE/documenten?soort=notulen", "win-jvanderheide");
        using var dossiers = await api.SendAsync(HttpMethod.Get, "/api/dossiers?gemeente=winsum", "win-jvanderheide");

        Assert.Equal(["BMWE"], verbanden.EnumerateArray().Select(v => v.GetProperty("samenwerkingsverband").GetString()));
        Assert.Equal([openbaar.Id], documenten.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(2, griffier.GetArrayLength());
        Assert.Equal(openbaar.Id, agenda.GetProperty("agenda")[0].GetProperty("documentIds")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, sswzm.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, soort.StatusCode);
        Assert.Contains("\"soort\"", await soort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, dossiers.StatusCode);

        // Attendance: the griffier for their own raadsleden; a raadslid cannot.
        using var doorRaadslid = await api.SendAsync(HttpMethod.Put, $"/api/raadsinformatie/BMWE/themabijeenkomsten/{bijeenkomst.Id}/aanwezigheid", "win-jvanderheide", new { aanwezig = new[] { "win-jvanderheide" } });
        Assert.Equal(HttpStatusCode.Forbidden, doorRaadslid.StatusCode);
        var stand = await api.JsonAsync(HttpMethod.Put, $"/api/raadsinformatie/BMWE/themabijeenkomsten/{bijeenkomst.Id}/aanwezigheid", "win-aboersma", new { aanwezig = new[] { "win-mdijkstra" } });
        Assert.True(stand.GetProperty("aanwezigheid").GetProperty("win-mdijkstra").GetBoolean());
        Assert.False(stand.GetProperty("aanwezigheid").GetProperty("win-jvanderheide").GetBoolean());
    }
}
