using Automatisering.Domain.Notificaties;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Besluitvorming;

/// <summary>
/// Function <c>Herinneringen</c> (timer): reminds whoever holds a paraaf longer than the gemeente's limit in working
/// days and escalates to the gemeentesecretaris after the second limit. Each reminder has a key per occurrence and
/// goes out once, even if the timer fires twice. The scan also rebuilds each gemeente's work list and appends the
/// audit lines a stopped process left in a dossier or joint proposal.
/// </summary>
public sealed partial class HerinneringenFunction(DossierService service, SamenwerkingService samenwerking, Organisatie organisatie, INotificatieService notificaties, NotificatieDienst dienst, AuditTrailStore audit, TimeProvider time, ILogger<HerinneringenFunction> logger)
{
    [Function("Herinneringen")]
    public Task Run([TimerTrigger("0 0 7 * * 1-5", UseMonitor = true)] TimerInfo timer, CancellationToken ct) => HerinnerAsync(ct);

    /// <summary>The timer's work, callable on its own.</summary>
    public async Task HerinnerAsync(CancellationToken ct)
    {
        var org = organisatie.Config;
        var now = time.GetUtcNow();
        foreach (var gemeente in org.Gemeenten)
        {
            foreach (var dossier in (await service.ScanAsync(gemeente.Slug, ct)).Where(d => d.Status == DossierStatus.InRoute))
            {
                foreach (var herinnering in HerinneringPlanner.Bereken(dossier, org, now))
                {
                    // Whoever chose a daily digest reads the reminder there; the others get it as one message, as before.
                    var aan = new List<string>();
                    var onderwerp = herinnering.Soort == HerinneringSoort.Escalatie ? $"Escalatie: paraaf op '{dossier.Onderwerp}'" : $"Herinnering: paraaf op '{dossier.Onderwerp}'";
                    foreach (var persoon in herinnering.Ontvangers.Select(o => o.PersoonId).Distinct())
                    {
                        if ((await dienst.VoorkeurAsync(persoon, ct)).Wijze == Bezorgwijze.Dagoverzicht)
                        {
                            await dienst.BezorgAsync(persoon, $"{herinnering.Sleutel}/{persoon}", onderwerp, Tekst(herinnering, dossier), dienst.Link($"/dossiers/{Uri.EscapeDataString(dossier.Id)}"), ct);
                        }
                        else
                        {
                            aan.Add(persoon);
                        }
                    }

                    if (aan.Count == 0)
                    {
                        continue;
                    }

                    var notificatie = new Notificatie(
                        herinnering.Sleutel,
                        aan,
                        aan.Select(id => org.FindPersoon(id)?.Email).OfType<string>().ToList(),
                        onderwerp,
                        $"{Tekst(herinnering, dossier)}\n\nOpenen: {dienst.Link($"/dossiers/{Uri.EscapeDataString(dossier.Id)}")}",
                        now);
                    if (await notificaties.VerstuurEenmaligAsync(notificatie, ct))
                    {
                        await audit.AppendAsync(dossier.Id, "systeem", herinnering.Soort.ToString().ToLowerInvariant(), string.Join(", ", aan), AuditResult.Ok, "timer Herinneringen", now, dossier.HuidigeVersie.Hash, ct);
                        LogVerstuurd(logger, herinnering.Soort, herinnering.Sleutel, string.Join(", ", aan));
                    }
                }
            }
        }

        // Joint proposals have no work list to rebuild, but their trails get the same daily completion.
        await samenwerking.AppendOpenAuditAsync(ct);
    }

    private static string Tekst(Herinnering herinnering, Dossier dossier) => herinnering.Soort == HerinneringSoort.Escalatie
        ? $"Het agendapunt '{dossier.Onderwerp}' wacht al {herinnering.WerkdagenGewacht} werkdagen op de paraaf van {string.Join(", ", herinnering.WachtOp.Select(w => w.Naam))} (stap {herinnering.StapNaam})."
        : $"Het agendapunt '{dossier.Onderwerp}' wacht al {herinnering.WerkdagenGewacht} werkdagen op uw paraaf (stap {herinnering.StapNaam}).";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Soort} {Sleutel} verstuurd aan {Ontvangers}")]
    private static partial void LogVerstuurd(ILogger logger, HerinneringSoort soort, string sleutel, string ontvangers);
}
