using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Distributie;
using Automatisering.Functions.Tests.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.Publicatie;

/// <summary>Decided dossiers for the publication tests: created through the API with the given openbaar/geheim, routed and decided on the meeting day.</summary>
internal sealed class PublicatieApi(FunctionsAppFactory app, BesluitvormingApi api)
{
    public BesluitvormingApi Api => api;

    /// <summary>A dossier of the gemeente with <c>openbaar</c> (and <c>geheim</c>) as given, on the agenda of <paramref name="datum"/>.</summary>
    public async Task<(string Id, string Onderwerp)> GeagendeerdAsync(string gemeente, DateOnly datum, JsonNode? openbaar, JsonNode? geheim = null, string? onderwerp = null)
    {
        var (auteur, portefeuille) = BesluitvormingApi.AuthorAndPortfolio(gemeente);
        var velden = BesluitvormingApi.Velden();
        velden["openbaar"] = openbaar;
        velden["geheim"] = geheim ?? JsonValue.Create(false);
        onderwerp ??= $"Publicatie {Guid.NewGuid().ToString("n")[..8]}";
        var dossier = await api.JsonAsync(HttpMethod.Post, "/api/dossiers", auteur, new { gemeente, onderwerp, portefeuille, financieleGevolgen = false, velden });
        await api.RouteToMeetingAsync(dossier, datum);
        return (dossier.GetProperty("id").GetString()!, onderwerp);
    }

    /// <summary>What the besluiten queue does with the n-th decision of the dossier.</summary>
    public Task VerwerkAsync(string dossierId, int besluitNr = 1) =>
        app.Function<DistributieFunctions>().BesluitVerwerken(JsonSerializer.Serialize(new { dossierId, besluitNr }), default);

    public static string Secretariaat(string gemeente) => BesluitvormingApi.Sample.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First().Id;
}
