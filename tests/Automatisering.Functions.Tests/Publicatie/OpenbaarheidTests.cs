using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Publicatie;
using Automatisering.Functions.Tests.Besluitvorming;

namespace Automatisering.Functions.Tests.Publicatie;

/// <summary>Only an explicit "ja" that is not geheim is public; every other value keeps an item out of the publication.</summary>
public sealed class OpenbaarheidTests
{
    [Theory]
    [InlineData("""{"openbaar":"ja","geheim":false}""", true)]
    [InlineData("""{"openbaar":" Ja ","geheim":""}""", true)]
    [InlineData("""{"openbaar":true}""", true)]
    [InlineData("""{"openbaar":"ja","geheim":"nee"}""", true)]
    [InlineData("""{"openbaar":"nee","geheim":false}""", false)]
    [InlineData("""{"openbaar":"","geheim":false}""", false)]
    [InlineData("""{"openbaar":"jawel"}""", false)]
    [InlineData("""{"geheim":false}""", false)]
    [InlineData("""{"openbaar":"ja","geheim":true}""", false)]
    [InlineData("""{"openbaar":"ja","geheim":"ja"}""", false)]
    [InlineData("""{"openbaar":"ja","geheim":1}""", false)]
    public void IsOpenbaar_Velden_OnlyExplicitJaAndNotGeheim(string velden, bool openbaar)
    {
        var org = BesluitvormingApi.Sample;
        var auteur = org.PersonenMetRol("winsum", Rol.Medewerker).First();
        var portefeuille = org.PersonenMetRol("winsum", Rol.Portefeuillehouder).First().Portefeuilles[0];
        var dossier = Dossier.Create(org, "winsum-1", "winsum", auteur.Id, "Onderwerp", portefeuille, JsonDocument.Parse(velden).RootElement, new string('0', 64), false, DateTimeOffset.UtcNow);

        Assert.Equal(openbaar, Openbaarheid.IsOpenbaar(dossier));
    }
}
