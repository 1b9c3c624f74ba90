using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Besluitvorming;

/// <summary>The audit line of a change survives the process stopping between the state write and the append.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DossierServiceTests(AzuriteFixture azurite)
{
    private static readonly OrganisatieConfig Org = BesluitvormingApi.Sample;

    [Fact]
    public async Task SubmitAsync_ProcessStopsBeforeTheAuditAppend_LineAppendedOnceBeforeTheNextChange()
    {
        var stop = new AppendStop();
        await using var app = App(stop);
        var service = app.Services.GetRequiredService<DossierService>();
        var (dossier, steller) = await ConceptAsync(service, "Outbox: volgende handeling");

        await stop.StopsDuringAsync(() => service.SubmitAsync(new Handeling(steller, "test", null), dossier.Id, CancellationToken.None));
        var opgeslagen = (await service.GetAsync(steller, dossier.Id, CancellationToken.None)).Value;
        Assert.Equal(DossierStatus.InRoute, opgeslagen.Status); // the change was written, its line was not
        Assert.DoesNotContain("indienen", Acties(await TrailAsync(app, dossier.Id)));

        var parafeerder = opgeslagen.WaitingOn(Org, DateTimeOffset.UtcNow).First().PersoonId;
        await service.GiveParaafAsync(new Handeling(parafeerder, "test", null), dossier.Id, opgeslagen.HuidigeVersie.Hash, null, AgendapuntSoort.Bespreekstuk, CancellationToken.None);
        await service.GetAsync(steller, dossier.Id, CancellationToken.None);
        var (_, trail) = await service.AuditAsync(steller, dossier.Id, CancellationToken.None);

        Assert.True(trail.Verification.IsValid, trail.Verification.ToString());
        Assert.Equal(["aanmaken", "indienen", "paraaf"], trail.Entries.Select(e => e.Action));
        Assert.Equal(opgeslagen.OpenAudit.Single().Time, trail.Entries[1].Time);
    }

    [Fact]
    public async Task AuditAsync_ProcessStoppedBeforeTheAppend_ReadingTheTrailWritesNothing()
    {
        var stop = new AppendStop();
        await using var app = App(stop);
        var service = app.Services.GetRequiredService<DossierService>();
        var (dossier, steller) = await ConceptAsync(service, "Outbox: alleen lezen");

        await stop.StopsDuringAsync(() => service.SubmitAsync(new Handeling(steller, "test", null), dossier.Id, CancellationToken.None));
        var before = await TrailAsync(app, dossier.Id);
        var (_, trail) = await service.AuditAsync(steller, dossier.Id, CancellationToken.None);

        // A GET never writes: the pending line waits for the next change or the daily scan.
        Assert.Equal(before, await TrailAsync(app, dossier.Id));
        Assert.True(trail.Verification.IsValid, trail.Verification.ToString());
        Assert.Equal(["aanmaken"], trail.Entries.Select(e => e.Action));
    }

    [Fact]
    public async Task ScanAsync_LineLeftByAStoppedProcess_AppendedByTheDailyScan()
    {
        var stop = new AppendStop();
        await using var app = App(stop);
        var service = app.Services.GetRequiredService<DossierService>();
        var (dossier, steller) = await ConceptAsync(service, "Outbox: dagelijkse controle", "westerveld");

        await stop.StopsDuringAsync(() => service.SubmitAsync(new Handeling(steller, "test", null), dossier.Id, CancellationToken.None));
        await service.ScanAsync(dossier.Gemeente, CancellationToken.None);

        Assert.Equal(["aanmaken", "indienen"], Acties(await TrailAsync(app, dossier.Id)));
    }

    private FunctionsAppFactory App(AppendStop stop) =>
        new FunctionsAppFactory(azurite)
            .WithoutTriggers()
            .WithServices(services => services.AddSingleton(new AuditTrailStore(stop.Blobs(azurite.ConnectionString))));

    private static async Task<(Dossier Dossier, string Steller)> ConceptAsync(DossierService service, string onderwerp, string gemeente = "meppel")
    {
        var steller = Org.PersonenMetRol(gemeente, Rol.Medewerker).First().Id;
        var portefeuille = Org.PersonenMetRol(gemeente, Rol.Portefeuillehouder).First().Portefeuilles.First();
        var velden = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        var dossier = (await service.CreateAsync(new Handeling(steller, "test", null), gemeente, onderwerp, portefeuille, false, velden, CancellationToken.None)).Value;
        return (dossier, steller);
    }

    /// <summary>The trail as stored, read around the service so reading it appends nothing.</summary>
    private static async Task<string> TrailAsync(FunctionsAppFactory app, string dossierId) =>
        await app.Services.GetRequiredService<AuditTrailStore>().ReadTextAsync(dossierId);

    private static IEnumerable<string> Acties(string trail) => AuditLog.Parse(trail).Entries.Select(e => e.Action);
}
