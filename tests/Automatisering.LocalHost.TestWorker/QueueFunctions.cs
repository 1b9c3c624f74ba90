using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Automatisering.LocalHost.TestWorker;

/// <summary>Queue functions: outputs with binding expressions, a failing one (poison) and a slow one (lease renewal).</summary>
public sealed class QueueFunctions(ILogger<QueueFunctions> logger)
{
    [Function("ProcessOrder")]
    public ProcessOrderResult ProcessOrder([QueueTrigger("orders")] Order order, string id, long dequeueCount)
    {
        logger.LogInformation("Order {OrderId} (message {Id}, attempt {DequeueCount})", order.OrderId, id, dequeueCount);
        return new ProcessOrderResult
        {
            Done = [$"{order.OrderId}:1", $"{order.OrderId}:2"],
            Receipt = JsonSerializer.Serialize(new { order.OrderId, order.Customer, MessageId = id }),
        };
    }

    [Function("AlwaysFails")]
    public void AlwaysFails([QueueTrigger("failing")] string message) =>
        throw new InvalidOperationException($"'{message}' cannot be processed");

    /// <summary>Takes longer than the host's message lease (set short in the tests); writes a marker when done.</summary>
    [Function("Slow")]
    [BlobOutput("slow/{QueueTrigger}.txt")]
    public async Task<string> Slow([QueueTrigger("slow")] string message, long dequeueCount)
    {
        var seconds = int.Parse(Environment.GetEnvironmentVariable("SLOW_SECONDS") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return $"{message} done at attempt {dequeueCount}";
    }

    /// <summary>Ends the worker process mid-invocation, so the host must restart it; the message is redelivered.</summary>
    [Function("Crash")]
    [QueueOutput("crash-done")]
    public string Crash([QueueTrigger("crash")] string message, long dequeueCount)
    {
        if (dequeueCount == 1)
        {
            Environment.Exit(3);
        }

        return $"{message} after {dequeueCount}";
    }
}
