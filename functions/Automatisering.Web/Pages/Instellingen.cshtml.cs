using Automatisering.Domain.Notificaties;
using Microsoft.AspNetCore.Mvc;

namespace Automatisering.Web;

/// <summary>"Mijn instellingen": how a person is told what waits for them — each message at once, or a daily digest at an hour.</summary>
public sealed class InstellingenModel(NotificatieDienst dienst) : WebPageModel
{
    public NotificatieVoorkeur Voorkeur { get; private set; } = NotificatieVoorkeur.Standaard;

    public async Task OnGetAsync(CancellationToken ct) => Voorkeur = await dienst.VoorkeurAsync(Gebruiker.Id, ct);

    public async Task<IActionResult> OnPostAsync(Bezorgwijze? wijze, int? uur, CancellationToken ct)
    {
        Voorkeur = new NotificatieVoorkeur(wijze ?? Bezorgwijze.Direct, uur ?? NotificatieVoorkeur.Standaard.Uur);
        if (wijze is null) Fouten["wijze"] = "Berichten: kies 'direct' of 'dagelijks overzicht'.";
        if (wijze == Bezorgwijze.Dagoverzicht && uur is null or < 0 or > 23) Fouten["uur"] = "Tijdstip van het overzicht: kies een uur van de dag.";
        return await WijzigAsync("/instellingen", "Uw instellingen zijn opgeslagen.",
            () => dienst.ZetVoorkeurAsync(Gebruiker.Id, Voorkeur, ct),
            e =>
            {
                if (e is not ArgumentException { ParamName: "uur" } fout) return false;
                Fouten["uur"] = "Tijdstip van het overzicht: " + fout.Message.Replace(" (Parameter 'uur')", "", StringComparison.Ordinal);
                return true;
            },
            () => Task.CompletedTask);
    }
}
