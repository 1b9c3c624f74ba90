using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Besluitvorming;

namespace Automatisering.Functions.Tests.Web;

/// <summary>Puts dossiers at a given step through the app's own <see cref="DossierService"/>, as set-up for a journey.</summary>
internal static class WebDossiers
{
    /// <summary>A concept written by the gemeente's first medewerker.</summary>
    public static async Task<Dossier> ConceptAsync(IServiceProvider services, string gemeente, string onderwerp)
    {
        var service = services.GetRequiredService<DossierService>();
        var auteur = services.GetRequiredService<Organisatie>().Config.PersonenMetRol(gemeente, Rol.Medewerker).First();
        var velden = JsonSerializer.SerializeToElement(BesluitvormingApi.Velden());
        return (await service.CreateAsync(new Handeling(auteur.Id, "test", null), gemeente, onderwerp, "samenwerking SSWZM", false, velden, CancellationToken.None)).Value;
    }

    public static async Task<Dossier> InRouteAsync(IServiceProvider services, string gemeente, string onderwerp, Func<Wachtende, bool> stopBij, DateOnly? vergaderdatum = null)
    {
        var service = services.GetRequiredService<DossierService>();
        var org = services.GetRequiredService<Organisatie>().Config;
        var dossier = await ConceptAsync(services, gemeente, onderwerp);
        dossier = (await service.SubmitAsync(new Handeling(dossier.AuteurId, "test", null), dossier.Id, CancellationToken.None)).Value;
        while (dossier.Status == DossierStatus.InRoute)
        {
            var wachtende = dossier.WaitingOn(org, DateTimeOffset.UtcNow).First();
            if (stopBij(wachtende))
            {
                return dossier;
            }

            var laatste = wachtende.Rol == Rol.Portefeuillehouder;
            dossier = (await service.GiveParaafAsync(new Handeling(wachtende.PersoonId, "test", null), dossier.Id, dossier.HuidigeVersie.Hash,
                laatste ? vergaderdatum : null, AgendapuntSoort.Bespreekstuk, CancellationToken.None)).Value;
        }

        return dossier;
    }
}
