using Automatisering.Functions.Besluitvorming;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Functions.Web;

/// <summary>
/// One agendapunt: its stand, the route (who signed when, whom it waits on), the documents, and the actions the
/// signed-in person may take: submit (steller), paraaf or return (the one it waits on).
/// </summary>
public sealed class DetailsModel(DossierService service, TimeProvider time) : WebPageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public string ETag { get; private set; } = "";

    public IReadOnlyList<RouteStapStatus> Route { get; private set; } = [];

    /// <summary>Set when the dossier waits on the signed-in person (for themselves or namens someone).</summary>
    public Wachtende? MijnBeurt { get; private set; }

    public bool IsAuteur => Dossier.AuteurId == Gebruiker.Id;

    public string Document { get; private set; } = "agendapunt";

    public (string Titel, string Tekst)? Melding { get; private set; }

    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);

    public string? Vergaderdatum { get; private set; }

    public AgendapuntSoort Soort { get; private set; } = AgendapuntSoort.Bespreekstuk;

    public Task OnGetAsync(string id, string? document, CancellationToken ct)
    {
        Document = document == "collegeadvies" ? "collegeadvies" : "agendapunt";
        return LaadAsync(id, ct);
    }

    public Task<IActionResult> OnPostIndienenAsync(string id, string? etag, CancellationToken ct) =>
        Handel(id, "Het agendapunt is ingediend en staat nu bij de eerste parafeerder.", () => service.SubmitAsync(Handeling(etag), id, ct), ct);

    public Task<IActionResult> OnPostParaafAsync(string id, string? etag, string? versieHash, string? vergaderdatum, AgendapuntSoort? soort, CancellationToken ct)
    {
        Vergaderdatum = vergaderdatum;
        Soort = soort ?? AgendapuntSoort.Bespreekstuk;
        DateOnly? datum = null;
        if (!string.IsNullOrEmpty(vergaderdatum))
        {
            if (DateOnly.TryParseExact(vergaderdatum, "yyyy-MM-dd", out var d) || DateOnly.TryParseExact(vergaderdatum, "dd-MM-yyyy", out d))
            {
                datum = d;
            }
            else
            {
                Fouten["vergaderdatum"] = "Datum collegevergadering: dit is geen geldige datum (dd-mm-jjjj).";
            }
        }

        return Handel(id, "Uw paraaf is opgeslagen.", () => service.GiveParaafAsync(Handeling(etag), id, versieHash ?? "", datum, Soort, ct), ct);
    }

    public Task<IActionResult> OnPostRetourAsync(string id, string? etag, string? opmerking, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(opmerking))
        {
            Fouten["opmerking"] = "Opmerking: schrijf waarom u het agendapunt terugstuurt.";
        }

        return Handel(id, "Het agendapunt is teruggestuurd naar de steller.", () => service.ReturnAsync(Handeling(etag), id, opmerking!.Trim(), ct), ct);
    }

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;

    /// <summary>POST-redirect-GET on success; a refusal is shown on the page with the dossier's current stand.</summary>
    private async Task<IActionResult> Handel(string id, string bevestiging, Func<Task> actie, CancellationToken ct)
    {
        if (Fouten.Count == 0)
        {
            try
            {
                await actie();
                Bevestiging = bevestiging;
                return Redirect($"/dossiers/{id}");
            }
            catch (ArgumentException e) when (e.ParamName == "vergaderdatum")
            {
                Fouten["vergaderdatum"] = string.IsNullOrEmpty(Vergaderdatum)
                    ? "Datum collegevergadering: kies de vergadering waarop het college dit behandelt."
                    : "Datum collegevergadering: kies een datum vandaag of later.";
            }
            catch (DossierStateException e) when (e.Message.Contains(Besluitvorming.Dossier.ConceptbesluitVeld, StringComparison.Ordinal))
            {
                Melding = ("Het agendapunt is niet compleet", "Er staat geen conceptbesluit in. Bewerk het agendapunt en vul minstens één besluitpunt in.");
            }
            catch (Exception e) when (e is not DossierNotFoundException && WebFouten.Melding(e) is { } melding)
            {
                Melding = (melding.Titel, melding.Tekst);
            }
        }

        await LaadAsync(id, ct);
        Response.StatusCode = Fouten.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LaadAsync(string id, CancellationToken ct)
    {
        var stored = await service.GetAsync(Gebruiker.Id, id, ct);
        var now = time.GetUtcNow();
        Dossier = stored.Value;
        ETag = stored.ETag.ToString();
        Route = Dossier.RouteProgress(Org, now);
        MijnBeurt = Dossier.Status == DossierStatus.InRoute ? Dossier.WaitingOn(Org, now).FirstOrDefault(w => w.PersoonId == Gebruiker.Id) : null;
    }
}
