using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// Notifications (reminders, escalations, messages to the lead) as e-mail through the distribution channel, as in
/// production with Microsoft Graph: once per key, checked with the channel (Sent Items) before sending.
/// </summary>
public sealed class KanaalNotificatieService(IDistributieKanaal kanaal) : INotificatieService
{
    public async Task<bool> VerstuurEenmaligAsync(Notificatie notificatie, CancellationToken cancellationToken)
    {
        var sleutel = "notificatie/" + notificatie.Sleutel;
        if (notificatie.AanEmail.Count == 0 || await kanaal.IsAlBezorgdAsync(sleutel, cancellationToken))
        {
            return false;
        }

        var resultaat = await kanaal.BezorgAsync(
            new Bezorging(sleutel, "notificatie", notificatie.Onderwerp, NotificatieHtml.Van(notificatie.Tekst), notificatie.AanEmail, []),
            cancellationToken);
        return resultaat.Status switch
        {
            BezorgStatus.Bezorgd => true,
            BezorgStatus.AlBezorgd => false,
            _ => throw new InvalidOperationException($"notification {sleutel}: {resultaat.Status} {resultaat.Fout}"),
        };
    }
}
