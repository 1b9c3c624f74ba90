namespace Automatisering.Domain.Besluitvorming;

public interface INotificatieService
{
    /// <returns>True when sent now; false when a notification with this key already went out.</returns>
    Task<bool> VerstuurEenmaligAsync(Notificatie notificatie, CancellationToken cancellationToken);
}
