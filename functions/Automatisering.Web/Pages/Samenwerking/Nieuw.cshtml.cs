using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// The penvoerder starts a joint proposal: title, cooperation, participating municipalities and the shared content,
/// checked in the penvoerder's own templates first, so every participant can make its agendapunt from it.
/// </summary>
public sealed class NieuwVoorstelModel(SamenwerkingService samenwerking, DossierService dossiers, DossierFormulier formulier) : DossierFormulierModel(formulier)
{
    public string? Titel { get; private set; }

    public string? Verband { get; private set; }

    public IReadOnlyCollection<string> Gekozen { get; private set; } = [];

    /// <summary>The other municipalities of each cooperation the signed-in person's municipality belongs to.</summary>
    public IReadOnlyList<(string Verband, IReadOnlyList<Gemeente> Gemeenten)> Verbanden =>
        Gemeente.Samenwerkingsverbanden
            .Select(v => (v, (IReadOnlyList<Gemeente>)Org.Gemeenten.Where(g => g.Slug != Gemeente.Slug && g.Samenwerkingsverbanden.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList()))
            .ToList();

    public void OnGet()
    {
        Verband = Gemeente.Samenwerkingsverbanden.FirstOrDefault();
        Toon(new Dictionary<string, string>());
    }

    public async Task<IActionResult> OnPostAsync(string? titel, string? verband, string[]? deelnemers, CancellationToken ct)
    {
        Titel = titel?.Trim();
        Verband = verband;
        // A municipality in two of the cooperations is offered twice; ticking both means the same.
        Gekozen = (deelnemers ?? []).Distinct(StringComparer.Ordinal).ToList();
        var invoer = Velden.Lees(Gemeente.Slug, Request.Form);
        if (string.IsNullOrWhiteSpace(titel))
        {
            Fouten["titel"] = "Titel: geef het voorstel een titel; die wordt het onderwerp van elk agendapunt.";
        }

        if (!Gemeente.Samenwerkingsverbanden.Contains(verband ?? "", StringComparer.OrdinalIgnoreCase))
        {
            Fouten["verband"] = "Samenwerkingsverband: kies een verband van uw gemeente.";
        }
        else if (Gekozen.Count == 0)
        {
            Fouten["deelnemers"] = "Deelnemende gemeenten: kies minstens één andere gemeente.";
        }
        else if (Gekozen.Except(Verbanden.First(v => string.Equals(v.Verband, verband, StringComparison.OrdinalIgnoreCase)).Gemeenten.Select(g => g.Slug)).Any())
        {
            Fouten["deelnemers"] = $"Deelnemende gemeenten: kies alleen gemeenten uit {verband}.";
        }

        // The onderwerp is the title, already checked above.
        var fouten = dossiers.CheckVelden(Gebruiker.Id, Titel ?? "", invoer.Velden).Where(f => f.Field != "onderwerp").ToList();
        if (fouten.Count > 0)
        {
            AlsVeldfout(new FieldValidationException(fouten), invoer);
        }

        if (Fouten.Count == 0)
        {
            var voorstel = await samenwerking.CreateVoorstelAsync(Handeling(null), Titel!, verband!, Gemeente.Slug, Gekozen.ToList(), invoer.Velden, ct);
            Bevestiging = $"Het samenwerkingsvoorstel is gestart. Maak hieronder het agendapunt voor {Gemeente.Naam}; de andere gemeenten zien het voorstel in hun overzicht.";
            return Redirect($"/samenwerking/{voorstel.Value.Id}");
        }

        Toon(DossierFormulier.Waarden(Request.Form));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
