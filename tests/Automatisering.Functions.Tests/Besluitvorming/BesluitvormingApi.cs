using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.Besluitvorming;

/// <summary>
/// The besluitvorming HTTP API as a signed-in person (development sign-in header) sees it. With the app's clock, a
/// decision moves the clock to the meeting day first: the college decides on or after its meeting date.
/// </summary>
internal sealed class BesluitvormingApi(HttpClient client, ManualTimeProvider? clock = null)
{
    public static OrganisatieConfig Sample { get; } = OrganisatieConfig.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Besluitvorming", "organisatie.json")));

    private static readonly string[] SystemFields =
        ["gemeente", "logo", "nummer", "onderwerp", "datumVergadering", "portefeuillehouder", "steller", "stellerEmail", "parafen", "besloten", "besluit", "besluitDatum", "besluittekst"];

    /// <summary>The fields a secretary fills in: the sample agendapunt and collegeadvies without what the suite fills itself.</summary>
    public static JsonObject Velden()
    {
        var velden = new JsonObject();
        foreach (var sample in new[] { "agendapunt", "collegeadvies" })
        {
            foreach (var (key, value) in JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "samples", sample + ".json")))!.AsObject())
            {
                // The agendapunt's shape wins where both samples have a field (bijlagen): it is the richer one.
                if (!SystemFields.Contains(key) && !velden.ContainsKey(key))
                {
                    velden[key] = value?.DeepClone();
                }
            }
        }

        return KomendeData(velden, DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>
    /// The sample's bestuurlijk traject (college 03-03-2026, commissie 31-03-2026) moved to come after
    /// <paramref name="vandaag"/>, as the suite refuses a new item whose college or council date has passed.
    /// </summary>
    public static JsonObject KomendeData(JsonObject velden, DateOnly vandaag)
    {
        var college = vandaag.AddDays(120);
        if (velden["traject"] is JsonArray traject)
        {
            foreach (var rij in traject.OfType<JsonObject>().Where(r => r["datum"] is not null))
            {
                rij["datum"] = college.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (velden["datumRaadscommissie"] is not null)
        {
            velden["datumRaadscommissie"] = college.AddDays(28).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        }

        return velden;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string persoon, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Dev-User", persoon);
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        }

        return await client.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string url, string persoon, object? body = null, string? ifMatch = null)
    {
        using var response = await SendAsync(method, url, persoon, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} as {persoon}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> CreateAsync(string gemeente, bool financieleGevolgen = false)
    {
        var (auteur, portefeuille) = AuthorAndPortfolio(gemeente);
        return await JsonAsync(HttpMethod.Post, "/api/dossiers", auteur, new
        {
            gemeente,
            onderwerp = "Handvest SSWZM 'Samen verbonden door burgers & vertrouwen'",
            portefeuille,
            financieleGevolgen,
            velden = Velden(),
        });
    }

    /// <summary>A new dossier of the gemeente, submitted by its author: its id, the author and the status after submitting.</summary>
    public async Task<(string Id, string Auteur, JsonElement Status)> CreateAndSubmitAsync(string gemeente)
    {
        var dossier = await CreateAsync(gemeente);
        var id = dossier.GetProperty("id").GetString()!;
        var auteur = dossier.GetProperty("auteurId").GetString()!;
        return (id, auteur, await JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/indienen", auteur));
    }

    public static (string Auteur, string Portefeuille) AuthorAndPortfolio(string gemeente)
    {
        var auteur = Sample.PersonenMetRol(gemeente, Rol.Medewerker).First();
        var portefeuille = Sample.PersonenMetRol(gemeente, Rol.Portefeuillehouder).First().Portefeuilles[0];
        return (auteur.Id, portefeuille);
    }

    /// <summary>The <paramref name="index"/>-th coming meeting of the gemeente whose agenda is open at <paramref name="now"/>, from the sample calendar.</summary>
    public static DateOnly Vergadering(string gemeente, DateTimeOffset now, int index = 1) =>
        new Vergaderkalender(Sample.GetGemeente(gemeente)).Kiesbaar(now)[index].Datum;

    /// <summary>Submits the dossier and has whoever it waits on sign, until the portefeuillehouder puts it on the meeting.</summary>
    public async Task<(JsonElement Status, IReadOnlyList<string> Signers)> RouteToMeetingAsync(JsonElement dossier, DateOnly vergaderdatum, string soort = "bespreekstuk", Func<string, Task>? beforeSigning = null)
    {
        var id = dossier.GetProperty("id").GetString()!;
        var status = await JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/indienen", dossier.GetProperty("auteurId").GetString()!);
        var signers = new List<string>();
        while (status.GetProperty("status").GetString() == "inRoute")
        {
            var signer = FirstWaitingOn(status);
            signers.Add(signer);
            if (beforeSigning is not null)
            {
                await beforeSigning(signer);
            }

            var isLast = Sample.FindPersoon(signer)!.HasRol(Rol.Portefeuillehouder);
            status = await JsonAsync(HttpMethod.Post, $"/api/dossiers/{id}/paraaf", signer, new
            {
                versieHash = status.GetProperty("versie").GetProperty("hash").GetString(),
                vergaderdatum = isLast ? vergaderdatum.ToString("yyyy-MM-dd") : null,
                soort = isLast ? soort : null,
            });
        }

        return (status, signers);
    }

    /// <summary>The gemeente's bestuurssecretariaat records the college's decision, on the meeting day.</summary>
    public Task<JsonElement> DecideAsync(string gemeente, DateOnly vergaderdatum, string dossierId, string uitkomst = "conform")
    {
        NaarVergaderdag(vergaderdatum);
        return JsonAsync(HttpMethod.Post, $"/api/vergaderingen/{gemeente}/{vergaderdatum:yyyy-MM-dd}/besluiten",
            Sample.PersonenMetRol(gemeente, Rol.Bestuurssecretariaat).First().Id, new { dossierId, uitkomst });
    }

    /// <summary>Moves the app's clock (never backwards) to 11:00 Dutch time on the meeting day.</summary>
    public void NaarVergaderdag(DateOnly vergaderdatum)
    {
        if (clock is null)
        {
            throw new InvalidOperationException("Deciding needs the app's clock: create the API with the ManualTimeProvider the app uses.");
        }

        var vergaderdag = new DateTimeOffset(vergaderdatum.ToDateTime(new TimeOnly(11, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam").GetUtcOffset(vergaderdatum.ToDateTime(new TimeOnly(11, 0))));
        if (vergaderdag > clock.Now)
        {
            clock.Now = vergaderdag;
        }
    }

    public static string FirstWaitingOn(JsonElement status) => status.GetProperty("wachtOp")[0].GetProperty("persoonId").GetString()!;
}
