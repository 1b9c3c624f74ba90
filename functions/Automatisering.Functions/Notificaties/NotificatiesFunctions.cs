using System.Text.Json;
using Automatisering.Domain.Notificaties;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.Functions.Notificaties;

/// <summary>
/// Functions <c>Notificeren</c> (queue <c>gebeurtenissen</c>): tells the people an event concerns, each as they chose;
/// and <c>Dagoverzichten</c> (timer, every hour): sends the daily digests due that hour. Both are idempotent per
/// key, so a message handled twice or a timer firing twice tells nobody twice.
/// </summary>
public sealed partial class NotificatiesFunctions(GebeurtenisVerwerker verwerker, NotificatieDienst dienst, ILogger<NotificatiesFunctions> logger)
{
    [Function("Notificeren")]
    public async Task Notificeren([QueueTrigger(NotificatieDienst.Wachtrij)] string bericht, CancellationToken ct)
    {
        var gebeurtenis = JsonSerializer.Deserialize<Gebeurtenis>(bericht, Automatisering.Domain.Besluitvorming.BesluitvormingJson.Options)
            ?? throw new InvalidOperationException("gebeurtenis: expected {id, soort, gemeente, …}");
        var aantal = await verwerker.VerwerkAsync(gebeurtenis, ct);
        LogVerwerkt(logger, gebeurtenis.Id, gebeurtenis.Soort, aantal);
    }

    [Function("Dagoverzichten")]
    public async Task Dagoverzichten([TimerTrigger("0 0 * * * *", UseMonitor = true)] TimerInfo timer, CancellationToken ct) =>
        LogDagoverzichten(logger, await dienst.VerstuurDagoverzichtenAsync(ct));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gebeurtenis {Id} ({Soort}): {Aantal} berichten")]
    private static partial void LogVerwerkt(ILogger logger, string id, GebeurtenisSoort soort, int aantal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Aantal} dagoverzichten verstuurd")]
    private static partial void LogDagoverzichten(ILogger logger, int aantal);
}
