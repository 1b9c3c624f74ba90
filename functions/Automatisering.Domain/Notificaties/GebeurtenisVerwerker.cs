using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;

namespace Automatisering.Domain.Notificaties;

/// <summary>
/// Who must hear of an event and what they read: each message in Dutch, its subject naming the gemeente and the
/// item, with a link to the exact page. Reads the dossier or press release as it is now, so a late or repeated
/// message tells the people of the event, with keys per (event, person) that go out once.
/// </summary>
public sealed class GebeurtenisVerwerker(DossierService dossiers, SamenwerkingService samenwerking, Organisatie organisatie, NotificatieDienst dienst, TimeProvider time)
{
    private OrganisatieConfig Org => organisatie.Config;

    /// <returns>How many messages went out (or into a digest) now.</returns>
    public async Task<int> VerwerkAsync(Gebeurtenis gebeurtenis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenis);
        var berichten = gebeurtenis.Soort switch
        {
            GebeurtenisSoort.PersberichtConcept or GebeurtenisSoort.PersberichtGewijzigd or GebeurtenisSoort.PersberichtVrijgegeven or GebeurtenisSoort.PersberichtAangehouden
                => await PersberichtAsync(gebeurtenis, cancellationToken),
            _ => await DossierAsync(gebeurtenis, cancellationToken),
        };

        var verstuurd = 0;
        foreach (var (persoonId, onderwerp, tekst, link) in berichten.DistinctBy(b => b.PersoonId.ToLowerInvariant()))
        {
            if (await dienst.BezorgAsync(persoonId, $"{gebeurtenis.Id}/{persoonId}", onderwerp, tekst, link, cancellationToken))
            {
                verstuurd++;
            }
        }

        return verstuurd;
    }

    private async Task<List<(string PersoonId, string Onderwerp, string Tekst, string Link)>> DossierAsync(Gebeurtenis g, CancellationToken ct)
    {
        var dossier = (await dossiers.LoadForSamenwerkingAsync(g.DossierId!, ct)).Value;
        var gemeente = Org.GetGemeente(dossier.Gemeente).Naam;
        var item = $"'{dossier.Onderwerp}'{(dossier.Registratienummer is { } nr ? $" ({nr})" : "")}";
        var link = dienst.Link($"/dossiers/{Uri.EscapeDataString(dossier.Id)}");
        var now = time.GetUtcNow();
        var auteur = MetVervangers(dossier.AuteurId, now);
        switch (g.Soort)
        {
            case GebeurtenisSoort.VolgendeStap when dossier.Status == DossierStatus.InRoute:
                var stap = dossier.Stappen[dossier.HuidigeStap!.Value].Naam;
                return dossier.WaitingOn(Org, now)
                    .Select(w => (w.PersoonId, $"[{gemeente}] Paraaf gevraagd: {dossier.Onderwerp}",
                        $"Het agendapunt {item} wacht op uw paraaf bij stap '{stap}'{(w.NamensPersoonId is { } namens ? $" (u vervangt {Naam(namens)})" : "")}. Lees eerst de documenten.", link))
                    .ToList();
            case GebeurtenisSoort.Teruggestuurd:
                return auteur.Select(id => (id, $"[{gemeente}] Teruggestuurd: {dossier.Onderwerp}",
                    $"Het agendapunt {item} is teruggestuurd. Opmerking: {g.Opmerking ?? dossier.Opmerkingen.LastOrDefault(o => o.Teruggestuurd)?.Tekst}", link)).ToList();
            case GebeurtenisSoort.Geagendeerd when dossier.Vergaderdatum is { } datum:
                var tekst = $"Het agendapunt {item} staat op de collegevergadering van {Vergaderkalender.Tekst(datum)}.";
                return auteur.Concat(Org.PersonenMetRol(dossier.Gemeente, Rol.Bestuurssecretariaat).Select(p => p.Id))
                    .Select(id => (id, $"[{gemeente}] Geagendeerd: {dossier.Onderwerp}", tekst, link)).ToList();
            case GebeurtenisSoort.Besloten when dossier.Besluit is { } besluit:
                var houder = dossier.Stappen.SelectMany(s => s.Parafen).LastOrDefault(p => p.Rol == Rol.Portefeuillehouder)?.PersoonId;
                var besloten = $"Het college heeft op {Vergaderkalender.Tekst(besluit.Vergaderdatum)} besloten over {item}: {besluit.Uitkomst.Label()}"
                    + (besluit.CorrectieVan is null ? "." : $" (gecorrigeerd: {besluit.Reden}).");
                return auteur.Concat(houder is null ? [] : [houder])
                    .Select(id => (id, $"[{gemeente}] {(besluit.CorrectieVan is null ? "Besluit" : "Besluit gecorrigeerd")}: {dossier.Onderwerp} ({besluit.Uitkomst.Label()})", besloten, link)).ToList();
            default:
                // The dossier moved on since (e.g. signed again before the message was handled): nothing left to tell.
                return [];
        }
    }

    private async Task<List<(string PersoonId, string Onderwerp, string Tekst, string Link)>> PersberichtAsync(Gebeurtenis g, CancellationToken ct)
    {
        var voorstel = await samenwerking.LoadVoorstelAsync(g.VoorstelId!, ct);
        if (voorstel is null)
        {
            return [];
        }

        var link = dienst.Link($"/samenwerking/{Uri.EscapeDataString(voorstel.Id)}/persbericht");
        var (kop, tekst) = g.Soort switch
        {
            GebeurtenisSoort.PersberichtConcept => ("Concept persbericht klaar", $"Het concept van het gezamenlijke persbericht over '{voorstel.Titel}' staat klaar: vul uw citaat en contactpersoon aan en geef akkoord."),
            GebeurtenisSoort.PersberichtGewijzigd => ("Persbericht gewijzigd", $"De gezamenlijke tekst van het persbericht over '{voorstel.Titel}' is gewijzigd; de gegeven akkoorden zijn vervallen. Lees de tekst en geef opnieuw akkoord."),
            GebeurtenisSoort.PersberichtVrijgegeven => ("Persbericht vrijgegeven", $"Het gezamenlijke persbericht over '{voorstel.Titel}' is vrijgegeven{(g.Opmerking is null ? "" : $" voor {g.Opmerking}")}."),
            _ => ("Persbericht aangehouden", $"Het gezamenlijke persbericht over '{voorstel.Titel}' wordt aangehouden: {g.Opmerking}"),
        };

        // Every participant's communication advisors: each publishes the release in their own municipality.
        return voorstel.Deelnemers
            .SelectMany(d => Org.PersonenMetRol(d.Gemeente, Rol.Communicatieadviseur).Select(p => (Persoon: p, Gemeente: Org.GetGemeente(d.Gemeente).Naam)))
            .Select(x => (x.Persoon.Id, $"[{x.Gemeente}] {kop}: {voorstel.Titel}", tekst, link))
            .ToList();
    }

    private List<string> MetVervangers(string persoonId, DateTimeOffset now) =>
        [persoonId, .. Org.ActieveVervangers(persoonId, now).Select(v => v.Id)];

    private string Naam(string persoonId) => Org.FindPersoon(persoonId)?.Naam ?? persoonId;
}
