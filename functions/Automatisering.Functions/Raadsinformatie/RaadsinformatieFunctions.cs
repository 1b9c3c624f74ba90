using Automatisering.Domain.Raadsinformatie;
using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Functions.Infrastructure.OpenApi;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Raadsinformatie;

/// <summary>
/// The council information platform of a cooperation for signed-in raadsleden, griffiers, portefeuillehouders and
/// the executing organisation: the library, the theme meetings, and the griffier's attendance registration. The
/// service decides access; a confidential document is simply absent for whom it is not meant.
/// </summary>
public sealed class RaadsinformatieFunctions(RaadsinformatieService service)
{
    private const AuthorizationLevel Anonymous = AuthorizationLevel.Anonymous;

    [Function("RaadsinformatieVerbanden")]
    public IResult Verbanden([HttpTrigger(Anonymous, "get", Route = "raadsinformatie")] HttpRequest req) =>
        TypedResults.Ok(service.Verbanden(req.HttpContext.User.RequirePersonId()).Select(v => new { samenwerkingsverband = v, gemeenten = service.Deelnemers(v).Select(g => g.Slug) }));

    [Function("RaadsinformatieDocumenten")]
    [QueryParameter("zoek", "Een deel van de titel.")]
    [QueryParameter("soort", "beleidsplan, evaluatie, begroting, jaarverslag, rapportage of ontwerpverordening.")]
    public async Task<IResult> Documenten([HttpTrigger(Anonymous, "get", Route = "raadsinformatie/{verband}/documenten")] HttpRequest req, string verband, CancellationToken ct)
    {
        DocumentSoort? soort = null;
        if (req.Query["soort"].ToString() is { Length: > 0 } tekst)
        {
            soort = Enum.TryParse<DocumentSoort>(tekst, ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? s
                : throw new BadRequestException("soort", $"Onbekende soort '{tekst}'; kies uit {string.Join(", ", Enum.GetNames<DocumentSoort>().Select(n => n.ToLowerInvariant()))}.");
        }

        return TypedResults.Ok(await service.DocumentenAsync(req.HttpContext.User.RequirePersonId(), verband, req.Query["zoek"].ToString(), soort, ct));
    }

    [Function("Themabijeenkomsten")]
    public async Task<IResult> Themabijeenkomsten([HttpTrigger(Anonymous, "get", Route = "raadsinformatie/{verband}/themabijeenkomsten")] HttpRequest req, string verband, CancellationToken ct)
    {
        var (komend, geweest) = await service.BijeenkomstenAsync(req.HttpContext.User.RequirePersonId(), verband, ct);
        return TypedResults.Ok(new { komend, geweest });
    }

    [Function("Themabijeenkomst")]
    public async Task<IResult> Themabijeenkomst([HttpTrigger(Anonymous, "get", Route = "raadsinformatie/{verband}/themabijeenkomsten/{id}")] HttpRequest req, string verband, string id, CancellationToken ct) =>
        TypedResults.Ok(await service.BijeenkomstAsync(req.HttpContext.User.RequirePersonId(), verband, id, ct));

    [Function("ThemabijeenkomstAanwezigheid")]
    [JsonBody(typeof(AanwezigenRequest))]
    public async Task<IResult> Aanwezigheid([HttpTrigger(Anonymous, "put", Route = "raadsinformatie/{verband}/themabijeenkomsten/{id}/aanwezigheid")] HttpRequest req, string verband, string id, CancellationToken ct)
    {
        var request = await req.ReadJsonAsync<AanwezigenRequest>(ct);
        if (request.Aanwezig is null || request.Aanwezig.Any(string.IsNullOrWhiteSpace))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["aanwezig"] = ["Geef de raadsleden die aanwezig zijn (een lijst, eventueel leeg)."] });
        }

        return TypedResults.Ok(await service.RegistreerAanwezigheidAsync(req.HttpContext.User.RequirePersonId(), verband, id, request.Aanwezig, ct));
    }
}
