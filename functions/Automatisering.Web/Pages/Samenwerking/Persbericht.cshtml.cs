using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Templating;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// The joint press release: the lead's communicatieadviseur drafts the shared text and sets the embargo; each
/// participant's adviseur adds the local quote and contact and approves; the lead can release to a subset.
/// </summary>
public sealed class PersberichtModel(SamenwerkingService service) : WebPageModel
{
    public Samenwerkingsvoorstel Voorstel { get; private set; } = null!;

    public Persbericht? Persbericht { get; private set; }

    public string ETag { get; private set; } = "";

    /// <summary>What was posted, to show a refused form as it was sent.</summary>
    public Dictionary<string, string> Invoer { get; } = new(StringComparer.Ordinal);

    public string PenvoerderNaam => Voorstel.Deelnemers.First(d => d.Gemeente == Voorstel.Penvoerder).Naam;

    public bool IsAdviseur => Gebruiker.HasRol(Rol.Communicatieadviseur);

    public bool IsPenvoerderAdviseur => IsAdviseur && Gebruiker.Gemeente == Voorstel.Penvoerder;

    public PersDeelnemer? EigenDeelnemer => Persbericht?.Deelnemers.FirstOrDefault(d => d.Gemeente == Gebruiker.Gemeente);

    public IReadOnlyList<string> Alineas =>
        Persbericht?.Tekst is { ValueKind: JsonValueKind.Object } tekst && tekst.TryGetProperty("alineas", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.TryGetProperty("tekst", out var t) ? t.GetString() ?? "" : "").ToList()
            : [];

    public string Tekst(string veld) =>
        Persbericht?.Tekst is { ValueKind: JsonValueKind.Object } tekst && tekst.TryGetProperty(veld, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    public string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;

    public Task OnGetAsync(string id, CancellationToken ct) => LaadAsync(id, ct);

    public async Task<IActionResult> OnPostTekstAsync(string id, string? etag, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        var velden = new JsonObject();
        foreach (var naam in new[] { "kop", "ondertitel", "plaats", "datum", "lead", "notaRedactie" })
        {
            var waarde = Request.Form[naam].ToString().Trim();
            Invoer[naam] = waarde;
            if (waarde.Length > 0)
            {
                velden[naam] = waarde;
            }
        }

        var alineas = Request.Form["alineas"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        Invoer["alineas"] = alineas;
        velden["alineas"] = new JsonArray(alineas.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => (JsonNode)new JsonObject { ["tekst"] = t }).ToArray());
        Invoer["embargoTot"] = Request.Form["embargoTot"].ToString();
        var embargo = WebTekst.LeesMoment(Invoer["embargoTot"]);
        if (Invoer["embargoTot"].Length > 0 && embargo is null)
        {
            Fouten["embargoTot"] = "Embargo tot: geen geldige datum en tijd.";
        }

        foreach (var (naam, label) in new[] { ("kop", "Kop"), ("plaats", "Plaats"), ("datum", "Datum"), ("lead", "Lead") })
        {
            if (Invoer[naam].Length == 0)
            {
                Fouten[naam] = $"{label}: vul dit in.";
            }
        }

        if (((JsonArray)velden["alineas"]!).Count == 0)
        {
            Fouten["alineas"] = "Alinea's: schrijf minstens één alinea.";
        }

        var tekst = JsonSerializer.SerializeToElement(velden);
        return await Handel(id, Persbericht is null ? "Het concept is opgeslagen. De communicatieadviseurs van de gemeenten kunnen nu hun citaat en contact toevoegen." : "De tekst is opgeslagen; het akkoord van de gemeenten is vervallen.",
            () => Persbericht is null
                ? service.CreatePersberichtAsync(Handeling(null), id, tekst, embargo, ct)
                : service.WijzigTekstAsync(Handeling(etag), id, tekst, ct), ct);
    }

    public async Task<IActionResult> OnPostBijdrageAsync(string id, string? etag, string? wie, string? functie, string? citaat, string? contactNaam, string? telefoon, string? email, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        foreach (var (naam, waarde) in new[] { ("wie", wie), ("functie", functie), ("citaat", citaat), ("contactNaam", contactNaam), ("telefoon", telefoon), ("email", email) })
        {
            Invoer[naam] = waarde?.Trim() ?? "";
            if (Invoer[naam].Length == 0)
            {
                Fouten[naam] = $"{BijdrageLabels[naam]}: vul dit in.";
            }
        }

        // The same checks as the press release's schema, so they show next to the field in the same round.
        foreach (var (naam, formaat) in new[] { ("telefoon", FieldFormat.Phone), ("email", FieldFormat.Email) })
        {
            if (FieldFormatCheck.Problem(formaat, Invoer[naam]) is { } probleem)
            {
                Fouten[naam] = $"{BijdrageLabels[naam]}: {probleem}.";
            }
        }

        return await Handel(id, "Uw bijdrage is opgeslagen. Geef akkoord als de tekst goed is.",
            () => service.VulBijdrageAanAsync(Handeling(etag), id, Gebruiker.Gemeente, new PersCitaat(Invoer["wie"], Invoer["functie"], Invoer["citaat"]), new PersContact(Invoer["contactNaam"], Invoer["telefoon"], Invoer["email"]), ct), ct);
    }

    public async Task<IActionResult> OnPostAkkoordAsync(string id, string? etag, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        return await Handel(id, $"Akkoord gegeven voor {Gemeente.Naam}.", () => service.GeefAkkoordAsync(Handeling(etag), id, Gebruiker.Gemeente, ct), ct);
    }

    public async Task<IActionResult> OnPostEmbargoAsync(string id, string? etag, string? embargoTot, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        Invoer["embargoTot"] = embargoTot ?? "";
        var moment = WebTekst.LeesMoment(embargoTot);
        if (!string.IsNullOrEmpty(embargoTot) && moment is null)
        {
            Fouten["embargoTot"] = "Embargo tot: geen geldige datum en tijd.";
        }

        return await Handel(id, moment is null ? "Het embargo is opgeheven." : $"Het embargo staat op {WebTekst.Moment(moment)}.", () => service.StelEmbargoInAsync(Handeling(etag), id, moment, ct), ct);
    }

    public async Task<IActionResult> OnPostDeelvrijgaveAsync(string id, string? etag, string[]? gemeenten, string? reden, CancellationToken ct)
    {
        await LaadAsync(id, ct);
        if (gemeenten is not { Length: > 0 })
        {
            Fouten["gemeenten"] = "Gemeenten: kies minstens één gemeente.";
        }

        if (string.IsNullOrWhiteSpace(reden))
        {
            Fouten["reden"] = "Reden: leg uit waarom het bericht maar aan een deel van de gemeenten gaat.";
        }

        return await Handel(id, "Het persbericht is vrijgegeven aan de gekozen gemeenten.", () => service.ReleaseDeelverzamelingAsync(Handeling(etag), id, gemeenten ?? [], reden ?? "", ct), ct);
    }

    private Task<IActionResult> Handel(string id, string bevestiging, Func<Task> actie, CancellationToken ct) =>
        WijzigAsync($"/samenwerking/{id}/persbericht", bevestiging, actie, AlsVeldfout, () => LaadAsync(id, ct));

    private bool AlsVeldfout(Exception exception)
    {
        switch (exception)
        {
            case ArgumentException { ParamName: { } param } e when BijdrageVelden.ContainsKey(param) || param is "citaat" or "contact":
                // The domain names the contribution's fields as citaat.wie, contact.telefoon, …; several at once
                // as "contact.telefoon: reden; contact.email: reden".
                foreach (var deel in ZonderParameter(e).Split("; "))
                {
                    var (pad, reden) = deel.Split(": ", 2) is [var p, var r] && BijdrageVelden.ContainsKey(p) ? (p, r) : (param, deel);
                    if (BijdrageVelden.TryGetValue(pad, out var veld))
                    {
                        Fouten.TryAdd(veld, $"{BijdrageLabels[veld]}: {reden.TrimEnd('.')}.");
                    }
                }

                return Fouten.Count > 0;
            case ArgumentException { ParamName: "embargoTot" }:
                Fouten["embargoTot"] = "Embargo tot: kies een moment in de toekomst.";
                return true;
            case ArgumentException { ParamName: "tekst" } e:
                // The schema's own (Dutch) reasons, per field: "tekst.kop: verplicht veld ontbreekt; …", each put
                // at its input under the label the page shows.
                foreach (var deel in ZonderParameter(e).Split("; "))
                {
                    var (pad, reden) = deel.Split(": ", 2) is [var p, var r] ? (p, r) : ("", deel);
                    var veld = pad.Replace("tekst.", "", StringComparison.Ordinal).Split('[', '.')[0];
                    var invoer = TekstLabels.ContainsKey(veld) ? veld : "kop";
                    Fouten.TryAdd(invoer, $"{(TekstLabels.TryGetValue(veld, out var label) ? label : "Tekst")}: {reden.TrimEnd('.')}.");
                }

                return true;
            case DossierStateException:
                Melding = ("Dit kan nu niet", "Deze stap past niet bij de stand van het persbericht. Bekijk de stand hieronder.");
                return true;
            default:
                return false;
        }
    }

    /// <summary>The shared text's inputs and their labels on the page.</summary>
    private static readonly Dictionary<string, string> TekstLabels = new(StringComparer.Ordinal)
    {
        ["kop"] = "Kop", ["ondertitel"] = "Ondertitel", ["plaats"] = "Plaats (dateline)", ["datum"] = "Datum", ["lead"] = "Lead",
        ["alineas"] = "Alinea's", ["notaRedactie"] = "Noot voor de redactie",
    };

    /// <summary>The contribution's inputs by the domain's names for them.</summary>
    private static readonly Dictionary<string, string> BijdrageVelden = new(StringComparer.Ordinal)
    {
        ["citaat.wie"] = "wie", ["citaat.functie"] = "functie", ["citaat.citaat"] = "citaat",
        ["contact.naam"] = "contactNaam", ["contact.telefoon"] = "telefoon", ["contact.email"] = "email",
    };

    private static readonly Dictionary<string, string> BijdrageLabels = new(StringComparer.Ordinal)
    {
        ["wie"] = "Naam van wie geciteerd wordt", ["functie"] = "Functie", ["citaat"] = "Citaat",
        ["contactNaam"] = "Naam persvoorlichter", ["telefoon"] = "Telefoon persvoorlichter", ["email"] = "E-mail persvoorlichter",
    };

    /// <summary>The exception's message without the " (Parameter 'x')" .NET appends.</summary>
    private static string ZonderParameter(ArgumentException e) =>
        e.ParamName is { } p && e.Message.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal) ? e.Message[..^$" (Parameter '{p}')".Length] : e.Message;

    private async Task LaadAsync(string id, CancellationToken ct)
    {
        Voorstel = (await service.GetVoorstelAsync(Gebruiker.Id, id, ct)).Value;
        var stored = await service.GetPersberichtAsync(Gebruiker.Id, id, ct);
        Persbericht = stored?.Value;
        ETag = stored?.ETag.ToString() ?? "";
    }
}
