using System.Text.Json;
using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// Drives one queue-triggered function with the Functions host's semantics: polling with back-off up to
/// <c>maxPollingInterval</c>, batches of <c>batchSize</c> fetched again at <c>newBatchThreshold</c>, a lease on
/// the message while it runs, retry after <c>visibilityTimeout</c>, and after <c>maxDequeueCount</c> failed
/// attempts the message moves to <c>{queue}-poison</c>. A message whose invocation was cut off by a crash
/// becomes visible again when its lease ends: it is never lost.
/// </summary>
internal sealed class QueueTriggerListener(
    FunctionDefinition function,
    QueueHostSettings settings,
    QueueServiceClient queues,
    FunctionInvoker invoker,
    TimeSpan messageLease,
    ILogger logger)
{
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);
    private readonly BindingDefinition _trigger = function.Trigger;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(_trigger.QueueName);
        var poison = queues.GetQueueClient(_trigger.QueueName + "-poison");
        var inFlight = new List<Task>();
        var delay = MinimumPollingInterval;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                inFlight.RemoveAll(t => t.IsCompleted);
                if (inFlight.Count > settings.EffectiveNewBatchThreshold)
                {
                    await Task.WhenAny(inFlight);
                    continue;
                }

                QueueMessage[] batch = await queue.ReceiveMessagesAsync(settings.BatchSize, messageLease, stoppingToken);
                if (batch.Length == 0)
                {
                    await Task.Delay(delay, stoppingToken);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                    continue;
                }

                delay = MinimumPollingInterval;
                inFlight.AddRange(batch.Select(message => ProcessAsync(queue, poison, message, stoppingToken)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
            {
                HostLog.ListenerError(logger, function.Name, ex);
                await Task.Delay(settings.MaxPollingInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        // Stopping: let running invocations finish; a message cut off here reappears after its lease.
        await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            var text = message.Body.ToString();

            // The host moves a message that already exceeded the limit (e.g. after crashes) without running it.
            if (message.DequeueCount > settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message.MessageId, message.PopReceipt, text, stoppingToken);
                return;
            }

            var receipt = new LeaseKeeper(queue, message, messageLease);
            InvocationResult result;
            using (var leaseScope = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                var renewal = receipt.KeepAliveAsync(leaseScope.Token);
                result = await InvokeAsync(message, text, stoppingToken);
                await leaseScope.CancelAsync();
                await renewal;
            }

            if (result.Succeeded)
            {
                await queue.DeleteMessageAsync(message.MessageId, receipt.PopReceipt, CancellationToken.None);
                HostLog.QueueSucceeded(logger, function.Name, message.MessageId, message.DequeueCount);
                return;
            }

            HostLog.QueueFailed(logger, function.Name, message.MessageId, message.DequeueCount, result.Error!);
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message.MessageId, receipt.PopReceipt, text, CancellationToken.None);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, receipt.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: the message reappears after its lease
        }
        catch (RequestFailedException ex)
        {
            // e.g. the lease was lost; the message reappears and is tried again
            HostLog.ListenerError(logger, function.Name, ex);
        }
    }

    private Task<InvocationResult> InvokeAsync(QueueMessage message, string text, CancellationToken cancellationToken)
    {
        var metadata = new TriggerMetadata()
            .AddJson("DequeueCount", message.DequeueCount)
            .AddJson("ExpirationTime", message.ExpiresOn ?? DateTimeOffset.MaxValue)
            .AddString("Id", message.MessageId)
            .AddJson("InsertionTime", message.InsertedOn ?? DateTimeOffset.UtcNow)
            .AddJson("NextVisibleTime", message.NextVisibleOn ?? DateTimeOffset.UtcNow)
            .AddString("PopReceipt", message.PopReceipt)
            .AddString("QueueTrigger", text)
            .AddSys(function.Name);
        return invoker.InvokeAsync(function, Guid.NewGuid().ToString(), QueueValue(text), metadata, text, cancellationToken);
    }

    /// <summary>A JSON object or array goes as json (a POCO parameter binds from it), anything else as a string.</summary>
    internal static TypedData QueueValue(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var _ = JsonDocument.Parse(text);
                return new TypedData { Json = text };
            }
            catch (JsonException)
            {
                // not JSON after all
            }
        }

        return new TypedData { String = text };
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, string messageId, string popReceipt, string text, CancellationToken cancellationToken)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(text, cancellationToken);
        await queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken);
        HostLog.MovedToPoison(logger, messageId, settings.MaxDequeueCount, poison.Name);
    }
}
