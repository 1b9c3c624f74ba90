using System.Globalization;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>
/// The joint proposal tracker: every participating municipality side by side, and the planned process. The
/// penvoerder plans the process; a step is marked as done by the penvoerder or, for one municipality's step, by
/// that municipality; a participant without a dossier starts its own from the shared content.
/// </summary>
public sealed class TrackerModel(SamenwerkingService service, DossierFormulier formulier, TimeProvider time) : WebPageModel
{
    public SamenwerkingsOverzicht Overzicht { get; private set; } = null!;

    /// <summary>What was posted for a new milestone, to show a refused form as it was sent.</summary>
    public (string Omschrijving, string Soort, string GeplandOp, string Gemeente) NieuweMijlpaal { get; private set; } = ("", "", "", "");

    public string? GekozenPortefeuille { get; private set; }

    public string Vandaag => NederlandseTijd.Datum(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool IsPenvoerder => Gebruiker.Gemeente == Overzicht.Penvoerder;

    /// <summary>A step done by a college decision is not offered for marking: its date is the meeting's.</summary>
    public bool MagMarkeren(MijlpaalVoortgang mijlpaal) => !mijlpaal.Gebeurd && (IsPenvoerder || mijlpaal.Gemeente == Gebruiker.Gemeente);

    /// <summary>The real meeting of the dossier, or the date planned with the proposal, said to be only planned.</summary>
    public string Collegedatum(DeelnemerVoortgang d) => d switch
    {
        { Vergaderdatum: { } vergadering } => WebTekst.Datum(vergadering),
        { GeplandeCollegedatum: { } gepland } => $"gepland: {WebTekst.Datum(gepland)}",
        _ => "—",
    };

    /// <summary>The latest decision with the meeting it was taken at; a held-over item shows where it was held over.</summary>
    public string Besluit(DeelnemerVoortgang d) => d.Uitkomst is { } u
        ? $"{WebTekst.Uitkomst(u)}{(d.Besluitdatum is { } datum ? $" (college van {WebTekst.Datum(datum)})" : "")}"
        : "—";

    /// <summary>How far a step is; one done by college decisions names them, so a reader sees the date is the meeting's.</summary>
    public string MijlpaalStand(MijlpaalVoortgang m)
    {
        if (!m.Gebeurd)
        {
            return m.TeLaat ? "Te laat: nog niet gedaan" : "Nog niet gedaan";
        }

        var gedaan = $"Gedaan op {WebTekst.Datum(m.GebeurdOp)}";
        if (!m.DoorBesluit)
        {
            return gedaan;
        }

        return m.Gemeente is not null
            ? $"{gedaan} (collegebesluit {WebTekst.Uitkomst(m.DoorBesluiten[0].Uitkomst).ToLowerInvariant()})"
            : $"{gedaan} (collegebesluiten: {string.Join(", ", m.DoorBesluiten.Select(b => $"{Naam(b.Gemeente)} {WebTekst.Uitkomst(b.Uitkomst).ToLowerInvariant()}"))})";
    }

    private string Naam(string gemeente) => Overzicht.Deelnemers.FirstOrDefault(d => d.Gemeente == gemeente)?.Naam ?? gemeente;

    /// <summary>The signed-in person's municipality takes part and has no dossier for it yet.</summary>
    public bool KanDossierStarten => Overzicht.Deelnemers.Any(d => d.Gemeente == Gebruiker.Gemeente && d.DossierId is null);

    public Task OnGetAsync(string id, CancellationToken ct) => LaadAsync(id, ct);

    public Task<IActionResult> OnPostMijlpaalAsync(string id, string? omschrijving, string? soort, string? geplandOp, string? gemeente, CancellationToken ct)
    {
        NieuweMijlpaal = (omschrijving ?? "", soort ?? "", geplandOp ?? "", gemeente ?? "");
        if (string.IsNullOrWhiteSpace(omschrijving))
        {
            Fouten["omschrijving"] = "Omschrijving: beschrijf de stap, bijvoorbeeld 'Raadsbesluit Meppel'.";
        }

        if (!Enum.TryParse<MijlpaalSoort>(soort, out var mijlpaalSoort) || !Enum.IsDefined(mijlpaalSoort))
        {
            Fouten["soort"] = "Soort: kies een soort stap.";
        }

        if (!DateOnly.TryParseExact(geplandOp, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            Fouten["geplandOp"] = string.IsNullOrEmpty(geplandOp) ? "Geplande datum: kies een datum." : "Geplande datum: dit is geen geldige datum (dd-mm-jjjj).";
        }

        return Handel(id, "De stap staat in de planning.",
            () => service.PlanMijlpaalAsync(Handeling(null), id, omschrijving!.Trim(), mijlpaalSoort, datum, string.IsNullOrEmpty(gemeente) ? null : gemeente, ct), ct);
    }

    public Task<IActionResult> OnPostGebeurdAsync(string id, string? mijlpaalId, string? gebeurdOp, CancellationToken ct)
    {
        var veld = "gebeurdOp-" + mijlpaalId;
        if (!DateOnly.TryParseExact(gebeurdOp, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            Fouten[veld] = "Gedaan op: kies de datum waarop de stap plaatsvond.";
        }

        return Handel(id, "De stap is als gedaan gemarkeerd.", () => service.MarkeerGebeurdAsync(Handeling(null), id, mijlpaalId ?? "", datum, ct), ct, veld);
    }

    public async Task<IActionResult> OnPostDossierAsync(string id, string? portefeuille, CancellationToken ct)
    {
        GekozenPortefeuille = portefeuille;
        if (string.IsNullOrWhiteSpace(portefeuille))
        {
            Fouten["portefeuille"] = "Portefeuille: kies een portefeuille.";
        }

        string? dossierId = null;
        var resultaat = await Handel(id, "Het agendapunt voor uw gemeente is gemaakt uit de gedeelde inhoud. Vul de eigen gegevens aan en dien het in.",
            async () => dossierId = (await service.MaakDossierAsync(Handeling(null), id, portefeuille!, default, ct)).Value.Id, ct);
        return dossierId is null ? resultaat : Redirect($"/dossiers/{dossierId}");
    }

    private Task<IActionResult> Handel(string id, string bevestiging, Func<Task> actie, CancellationToken ct, string? datumVeld = null) =>
        WijzigAsync($"/samenwerking/{id}", bevestiging, actie, e => AlsVeldfout(e, datumVeld), () => LaadAsync(id, ct));

    private bool AlsVeldfout(Exception exception, string? datumVeld)
    {
        switch (exception)
        {
            case ArgumentException { ParamName: "datum" } when datumVeld is not null:
                Fouten[datumVeld] = "Gedaan op: kies vandaag of een eerdere datum; een stap die nog moet komen markeert u later.";
                return true;
            case ArgumentException { ParamName: "portefeuille" }:
                Fouten["portefeuille"] = "Portefeuille: er is geen portefeuillehouder met deze portefeuille. Kies een portefeuille uit de lijst.";
                return true;
            case FieldValidationException e:
                Melding = ("De gedeelde inhoud is niet compleet", "Het agendapunt kan nog niet worden gemaakt: " + string.Join("; ", e.Errors.Select(f => $"{formulier.Label(Gemeente.Slug, DossierFormulier.Prefix + f.Field)}: {f.Reason}")) + ". Vraag de penvoerder de gedeelde inhoud aan te vullen.");
                return true;
            default:
                return false;
        }
    }

    private async Task LaadAsync(string id, CancellationToken ct) => Overzicht = await service.TrackerAsync(Gebruiker.Id, id, ct);
}
