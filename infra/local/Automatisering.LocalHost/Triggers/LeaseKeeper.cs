using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// Keeps a message invisible while its invocation runs by renewing the visibility at half the lease, as the
/// host does; every renewal gives a new pop receipt, which the final delete or release must use.
/// </summary>
internal sealed class LeaseKeeper(QueueClient queue, QueueMessage message, TimeSpan lease)
{
    public string PopReceipt { get; private set; } = message.PopReceipt;

    public async Task KeepAliveAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 2, cancellationToken);
                // Not cancelled midway: a renewal the service applied must also update the receipt we hold.
                var receipt = await queue.UpdateMessageAsync(message.MessageId, PopReceipt, visibilityTimeout: lease, cancellationToken: CancellationToken.None);
                PopReceipt = receipt.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
            // the invocation ended
        }
    }
}
