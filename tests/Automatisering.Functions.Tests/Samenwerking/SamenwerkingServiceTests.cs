using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Functions.Besluitvorming;
using Automatisering.Functions.Samenwerking;
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
    public async Task ReleaseDueAsync_EmbargoMomentPassed_ReleaseToEveryMunicipalityInTheTrail()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var app = new FunctionsAppFactory(azurite).WithSetting("Automatisering:Runner:Enabled", "false")
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var service = app.Services.GetRequiredService<SamenwerkingService>();
        string[] gemeenten = ["meppel", "staphorst"];
        var voorstel = (await service.CreateVoorstelAsync(new Handeling(Eerste("meppel", Rol.Medewerker).Id, "test", null), "Embargo: handvest " + Guid.NewGuid().ToString("n")[..6],
            "SSWZM", "meppel", gemeenten, JsonSerializer.SerializeToElement(BesluitvormingApi.Velden()), CancellationToken.None)).Value;
        var tekst = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "templates", "samples", "persbericht.json")))!.AsObject();
        foreach (var lokaal in new[] { "afzender", "citaten", "contacten", "logo" })
        {
            tekst.Remove(lokaal);
        }

        await service.CreatePersberichtAsync(new Handeling(Eerste("meppel", Rol.Communicatieadviseur).Id, "test", null), voorstel.Id, JsonSerializer.SerializeToElement(tekst), clock.Now.AddHours(1), CancellationToken.None);
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
}
