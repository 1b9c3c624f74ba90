using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Notificaties;
using Azure.Storage.Queues;

namespace Automatisering.Functions.Tests.Notificaties;

/// <summary>The events a test caused, taken from the <c>gebeurtenissen</c> queue; the other messages are left there as they were.</summary>
internal static class Gebeurtenissen
{
    public static async Task<List<(string Tekst, Gebeurtenis Gebeurtenis)>> VanDossierAsync(QueueServiceClient queues, string dossierId)
    {
        var queue = queues.GetQueueClient(NotificatieDienst.Wachtrij);
        var gevonden = new List<(string, Gebeurtenis)>();
        var anderen = new List<(string Id, string PopReceipt)>();
        for (var ronde = 0; ronde < 20; ronde++)
        {
            var berichten = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            if (berichten.Length == 0)
            {
                break;
            }

            foreach (var bericht in berichten)
            {
                var gebeurtenis = JsonSerializer.Deserialize<Gebeurtenis>(bericht.MessageText, BesluitvormingJson.Options)!;
                if (gebeurtenis.DossierId == dossierId)
                {
                    gevonden.Add((bericht.MessageText, gebeurtenis));
                    await queue.DeleteMessageAsync(bericht.MessageId, bericht.PopReceipt);
                }
                else
                {
                    anderen.Add((bericht.MessageId, bericht.PopReceipt));
                }
            }
        }

        foreach (var (id, popReceipt) in anderen)
        {
            await queue.UpdateMessageAsync(id, popReceipt, visibilityTimeout: TimeSpan.Zero);
        }

        return gevonden;
    }
}
