using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Automatisering.Functions.CustomHandler.Runner;

/// <summary>
/// Drives one queue-triggered function with the Functions host's semantics: polling with back-off up to
/// <c>maxPollingInterval</c>, batches of <c>batchSize</c> fetched again at <c>newBatchThreshold</c>, a lease on
/// the message while it runs, retry after <c>visibilityTimeout</c>, and after <c>maxDequeueCount</c> failed
/// attempts the message moves to <c>{queue}-poison</c>. A message whose invocation was cut off by a crash
/// simply becomes visible again when its lease ends: it is never lost.
/// </summary>
internal sealed class QueueTriggerListener(
    FunctionDefinition function,
    QueueHostSettings settings,
    QueueServiceClient queues,
    FunctionInvoker invoker,
    OutputBindingWriter outputs,
    RunnerOptions options,
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

                QueueMessage[] batch = await queue.ReceiveMessagesAsync(settings.BatchSize, options.MessageLease, stoppingToken);
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
                RunnerLog.ListenerError(logger, function.Name, ex);
                await Task.Delay(settings.MaxPollingInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        // Stopping: let running invocations finish; a message cut off here reappears after its lease.
        await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        var text = message.Body.ToString();

        // The host moves a message that already exceeded the limit (e.g. after crashes) without running it.
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(queue, poison, message.MessageId, message.PopReceipt, text, stoppingToken);
            return;
        }

        var receipt = new LeaseKeeper(queue, message, options.MessageLease);
        string? error;
        using (var leaseScope = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            var renewal = receipt.KeepAliveAsync(leaseScope.Token);
            error = await InvokeAsync(message, text, stoppingToken);
            await leaseScope.CancelAsync();
            await renewal;
        }

        if (error is null)
        {
            await queue.DeleteMessageAsync(message.MessageId, receipt.PopReceipt, CancellationToken.None);
            RunnerLog.QueueSucceeded(logger, function.Name, message.MessageId, message.DequeueCount);
            return;
        }

        RunnerLog.QueueFailed(logger, function.Name, message.MessageId, message.DequeueCount, error);
        if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            await MoveToPoisonAsync(queue, poison, message.MessageId, receipt.PopReceipt, text, CancellationToken.None);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, receipt.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: CancellationToken.None);
        }
    }

    /// <returns>null on success, else why the invocation failed.</returns>
    private async Task<string?> InvokeAsync(QueueMessage message, string text, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = new Dictionary<string, JsonElement>
            {
                ["DequeueCount"] = JsonSerializer.SerializeToElement(message.DequeueCount),
                ["ExpirationTime"] = JsonSerializer.SerializeToElement(message.ExpiresOn),
                ["Id"] = JsonSerializer.SerializeToElement(message.MessageId),
                ["InsertionTime"] = JsonSerializer.SerializeToElement(message.InsertedOn),
                ["NextVisibleTime"] = JsonSerializer.SerializeToElement(message.NextVisibleOn),
                ["PopReceipt"] = JsonSerializer.SerializeToElement(message.PopReceipt),
                ["sys"] = JsonSerializer.SerializeToElement(new { MethodName = function.Name, UtcNow = DateTime.UtcNow, RandGuid = Guid.NewGuid() }),
            };
            var request = new InvocationRequest(
                new Dictionary<string, JsonElement> { [_trigger.Name] = JsonSerializer.SerializeToElement(text) },
                metadata);

            var result = await invoker.InvokeAsync(function.Name, request, cancellationToken);
            if (!result.Success)
            {
                return result.Error;
            }

            foreach (var line in result.Response!.Logs ?? [])
            {
                RunnerLog.FunctionLog(logger, function.Name, line);
            }

            await outputs.WriteAsync(function, result.Response, new BindingData(metadata, text), cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ex.Message;
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, string messageId, string popReceipt, string text, CancellationToken cancellationToken)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(text, cancellationToken);
        await queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken);
        RunnerLog.MovedToPoison(logger, messageId, settings.MaxDequeueCount, poison.Name);
    }
}
