using System.Globalization;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Samenwerking;

[Collection(AzuriteCollection.Name)]
public sealed class SamenwerkingServiceTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    private static Persoon Eerste(string gemeente, Rol rol) => Org.PersonenMetRol(gemeente, rol).First();

    [Fact]
    public async Task MaakDossierAsync_GemeenteAlreadyHasOne_RefusedAndNothingStored()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        var dossiers = app.Services.GetRequiredService<DossierService>();
        var voorstel = (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), "Dubbel: handvest " + Guid.NewGuid().ToString("n")[..6],
            "SSWZM", "meppel", ["staphorst"], JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        var steller = new Handeling(Eerste("staphorst", Rol.Medewerker).Id, "test", null);
        var portefeuille = Eerste("staphorst", Rol.Portefeuillehouder).Portefeuilles[0];
        await service.MaakDossierAsync(steller, voorstel.Id, portefeuille, default, CancellationToken.None);
        var before = (await dossiers.ScanAsync("staphorst", CancellationToken.None)).Count;

        await Assert.ThrowsAsync<DossierStateException>(() => service.MaakDossierAsync(steller, voorstel.Id, portefeuille, default, CancellationToken.None));

        Assert.Equal(before, (await dossiers.ScanAsync("staphorst", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task MaakDossierAsync_FourAtTheSameMoment_OneDossierOneNumberTheOthersRefusedOrGivenIt()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        var dossiers = app.Services.GetRequiredService<DossierService>();
        var voorstel = (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), "Tegelijk: handvest " + Guid.NewGuid().ToString("n")[..6],
            "SSWZM", "meppel", ["zwartewaterland"], JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        var stellers = Org.PersonenMetRol("zwartewaterland", Rol.Medewerker).Take(2).Select(p => new Handeling(p.Id, "test", null)).ToList();
        var portefeuille = Eerste("zwartewaterland", Rol.Portefeuillehouder).Portefeuilles[0];
        var before = (await dossiers.ScanAsync("zwartewaterland", CancellationToken.None)).Count;

        var pogingen = await Task.WhenAll(Enumerable.Range(0, 4).Select(async Task<(string? Id, Exception? Fout)> (i) =>
        {
            try
            {
                return ((await service.MaakDossierAsync(stellers[i % stellers.Count], voorstel.Id, portefeuille, default, CancellationToken.None)).Value.Id, null);
            }
            catch (DossierStateException e)
            {
                return (null, e);
            }
        }));

        // Whoever was not first was refused, or (once the dossier existed) given that same dossier.
        var gemaakt = Assert.Single(pogingen.Where(p => p.Id is not null).Select(p => p.Id).Distinct());
        Assert.Equal(before + 1, (await dossiers.ScanAsync("zwartewaterland", CancellationToken.None)).Count);
        Assert.Equal(gemaakt, (await service.LoadVoorstelAsync(voorstel.Id, CancellationToken.None))!.Deelnemers.Single(d => d.Gemeente == "zwartewaterland").DossierId);
        Assert.Equal(voorstel.Id, await service.VoorstelVanDossierAsync(gemaakt!, CancellationToken.None));

        // No registration number was taken by the attempts that made nothing: the next item gets the next number.
        var nummer = (await dossiers.GetAsync(stellers[0].ActorId, gemaakt!, CancellationToken.None)).Value.Registratienummer!;
        var volgende = (await dossiers.CreateAsync(stellers[0], "zwartewaterland", "Volgend agendapunt", portefeuille, false, JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value.Registratienummer!;
        Assert.Equal(int.Parse(nummer[5..], CultureInfo.InvariantCulture) + 1, int.Parse(volgende[5..], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task MaakDossierAsync_RefusedFields_ReservationGivenUpSoACorrectedAttemptSucceeds()
    {
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers();
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        var voorstel = (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), "Opnieuw: handvest " + Guid.NewGuid().ToString("n")[..6],
            "SSWZM", "meppel", ["westerveld"], JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        var steller = new Handeling(Eerste("westerveld", Rol.Medewerker).Id, "test", null);
        var portefeuille = Eerste("westerveld", Rol.Portefeuillehouder).Portefeuilles[0];

        await Assert.ThrowsAsync<FieldValidationException>(() => service.MaakDossierAsync(steller, voorstel.Id, portefeuille,
            JsonSerializer.SerializeToElement(new { stellerTelefoon = "bel mij" }), CancellationToken.None));
        var dossier = await service.MaakDossierAsync(steller, voorstel.Id, portefeuille, default, CancellationToken.None);

        Assert.StartsWith("westerveld-", dossier.Value.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReleaseDueAsync_EmbargoMomentPassed_ReleaseToEveryMunicipalityInTheTrail()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers()
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        string[] gemeenten = ["meppel", "staphorst"];
        var voorstel = (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), "Embargo: handvest " + Guid.NewGuid().ToString("n")[..6],
            "SSWZM", "meppel", gemeenten, JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        await service.CreatePersberichtAsync(new Handeling(Eerste("meppel", Rol.Communicatieadviseur).Id, "test", null), voorstel.Id, JsonSerializer.SerializeToElement(PersberichtVoorbeeld.GedeeldeTekst()), clock.Now.AddHours(1), CancellationToken.None);
        foreach (var gemeente in gemeenten)
        {
            var adviseur = Eerste(gemeente, Rol.Communicatieadviseur);
            var handeling = new Handeling(adviseur.Id, "test", null);
            await service.VulBijdrageAanAsync(handeling, voorstel.Id, gemeente, new PersCitaat("Wethouder", "wethouder", "Samen sterker."), new PersContact(adviseur.Naam, "14 0522", adviseur.Email), CancellationToken.None);
            await service.GeefAkkoordAsync(handeling, voorstel.Id, gemeente, CancellationToken.None);
            await service.RegistreerBesluitAsync(voorstel.Id, gemeente, BesluitUitkomst.Conform, $"{gemeente}-besluit-1", DateOnly.FromDateTime(clock.Now.UtcDateTime), CancellationToken.None);
        }

        Assert.DoesNotContain(await service.ReleaseDueAsync(CancellationToken.None), p => p.VoorstelId == voorstel.Id); // embargo still on
        clock.Now = clock.Now.AddHours(2);
        var vrijgegeven = await service.ReleaseDueAsync(CancellationToken.None);

        Assert.Contains(vrijgegeven, p => p.VoorstelId == voorstel.Id);
        var (_, trail) = await service.AuditAsync(Eerste("meppel", Rol.Medewerker).Id, voorstel.Id, CancellationToken.None);
        Assert.True(trail.Verification.IsValid, trail.Verification.ToString());
        var vrijgaven = trail.Entries.Where(e => e.Action == "persbericht.vrijgegeven").ToList();
        Assert.Equal(gemeenten.Length, vrijgaven.Count);
        Assert.All(vrijgaven, e => Assert.Equal("timer PersberichtEmbargo", e.Origin));
    }

    [Fact]
    public async Task PlanMijlpaalAsync_ProcessStopsBeforeTheAuditAppend_LineAppendedOnceBeforeTheNextChange()
    {
        var stop = new AppendStop();
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers()
            .WithServices(services => services.AddSingleton(new AuditTrailStore(stop.Blobs(azurite.ConnectionString))));
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        var lead = new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null);
        var voorstel = (await service.CreateVoorstelAsync(lead, "Outbox: planning " + Guid.NewGuid().ToString("n")[..6], "SSWZM", "meppel", ["westerveld"],
            JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);

        await stop.StopsDuringAsync(() => service.PlanMijlpaalAsync(lead, voorstel.Id, "Conferentie", MijlpaalSoort.Conferentie, vandaag.AddDays(5), null, CancellationToken.None));
        Assert.Single((await service.GetVoorstelAsync(lead.ActorId, voorstel.Id, CancellationToken.None)).Value.Mijlpalen);
        await service.PlanMijlpaalAsync(lead, voorstel.Id, "Raadsbesluit", MijlpaalSoort.Raadsbesluit, vandaag.AddDays(40), "westerveld", CancellationToken.None);
        var (_, trail) = await service.AuditAsync(lead.ActorId, voorstel.Id, CancellationToken.None);

        Assert.True(trail.Verification.IsValid, trail.Verification.ToString());
        Assert.Equal(["samenwerking.aangemaakt", "samenwerking.mijlpaalGepland", "samenwerking.mijlpaalGepland"], trail.Entries.Select(e => e.Action));
        Assert.StartsWith("Conferentie", trail.Entries[1].Object);
    }

    [Fact]
    public async Task GeefAkkoordAsync_ProcessStopsBeforeTheAuditAppend_ReadingWritesNothingAndTheDailyScanAppendsTheLineOnce()
    {
        var stop = new AppendStop();
        await using var app = new FunctionsAppFactory(azurite).WithoutTriggers()
            .WithServices(services => services.AddSingleton(new AuditTrailStore(stop.Blobs(azurite.ConnectionString))));
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        var voorstel = (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), "Outbox: persbericht " + Guid.NewGuid().ToString("n")[..6],
            "SSWZM", "meppel", ["staphorst"], JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        var adviseur = new Handeling(Eerste("meppel", Rol.Communicatieadviseur).Id, "test", null);
        await service.CreatePersberichtAsync(adviseur, voorstel.Id, JsonSerializer.SerializeToElement(PersberichtVoorbeeld.GedeeldeTekst()), null, CancellationToken.None);
        await service.VulBijdrageAanAsync(adviseur, voorstel.Id, "meppel", new PersCitaat("Wethouder", "wethouder", "Samen sterker."), new PersContact("Pers Meppel", "14 0522", "pers@meppel.example"), CancellationToken.None);

        await stop.StopsDuringAsync(() => service.GeefAkkoordAsync(adviseur, voorstel.Id, "meppel", CancellationToken.None));
        var (_, gelezen) = await service.AuditAsync(adviseur.ActorId, voorstel.Id, CancellationToken.None);
        Assert.Equal(0, gelezen.Entries.Count(e => e.Action == "persbericht.akkoord"));

        await service.AppendOpenAuditAsync(CancellationToken.None);
        await service.AppendOpenAuditAsync(CancellationToken.None);
        var (_, trail) = await service.AuditAsync(adviseur.ActorId, voorstel.Id, CancellationToken.None);

        Assert.True(trail.Verification.IsValid, trail.Verification.ToString());
        Assert.Equal(1, trail.Entries.Count(e => e.Action == "persbericht.akkoord"));
        Assert.Equal("persbericht.akkoord", trail.Entries[^1].Action);
    }
}
