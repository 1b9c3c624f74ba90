using Microsoft.Azure.Functions.Worker;

namespace Automatisering.LocalHost.TestWorker;

public sealed class ProcessOrderResult
{
    /// <summary>Two messages: an array is a batch.</summary>
    [QueueOutput("orders-done")]
    public string[]? Done { get; set; }

    /// <summary>Binding expressions from the JSON payload and the trigger metadata.</summary>
    [BlobOutput("receipts/{OrderId}-{DequeueCount}.json")]
    public string? Receipt { get; set; }
}
