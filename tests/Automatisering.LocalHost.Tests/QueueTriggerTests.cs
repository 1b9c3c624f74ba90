using System.Text.Json;
using Automatisering.LocalHost.Tests.Infrastructure;
using Azure.Storage.Queues;

namespace Automatisering.LocalHost.Tests;

[Collection(LocalHostCollection.Name)]
public sealed class QueueTriggerTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task QueueTrigger_JsonMessage_QueueBatchAndBlobOutputsWrittenWithBindingExpressions()
    {
        var orderId = "o-" + Guid.NewGuid().ToString("N");
        var orders = await Queue("orders");

        await orders.SendMessageAsync(JsonSerializer.Serialize(new { OrderId = orderId, Customer = "Jansen" }));

        var done = fixture.Storage.Queues.GetQueueClient("orders-done");
        await Eventually.True(async () =>
        {
            if (!(await done.ExistsAsync()).Value)
            {
                return false;
            }

            var texts = (await done.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
            return texts.Contains($"{orderId}:1") && texts.Contains($"{orderId}:2");
        }, "both messages of the queue output batch");

        // {OrderId} from the JSON payload, {DequeueCount} from the trigger metadata.
        var receipt = fixture.Storage.Blobs.GetBlobContainerClient("receipts").GetBlobClient($"{orderId}-1.json");
        await Eventually.True(async () => (await receipt.ExistsAsync()).Value, "the blob output");
        using var content = JsonDocument.Parse((await receipt.DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("Jansen", content.RootElement.GetProperty("Customer").GetString());
        Assert.False(string.IsNullOrEmpty(content.RootElement.GetProperty("MessageId").GetString()));
    }

    [Fact]
    public async Task QueueTrigger_FunctionAlwaysFails_MessageMovedToPoisonAfterMaxDequeueCount()
    {
        var text = "kapot-" + Guid.NewGuid().ToString("N");
        var failing = await Queue("failing");

        await failing.SendMessageAsync(text);

        var poison = fixture.Storage.Queues.GetQueueClient("failing-poison");
        await Eventually.True(async () =>
            (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString() == text),
            "the message in failing-poison");

        // host.json sets maxDequeueCount 3: three failed attempts, then the poison queue.
        var attempts = fixture.Log.Lines.Count(l => l.Contains("Executed 'AlwaysFails' (Failed", StringComparison.Ordinal) && l.Contains("DequeueCount=", StringComparison.Ordinal)
            && FailedMessageIds(text).Any(id => l.Contains(id, StringComparison.Ordinal)));
        Assert.Equal(3, attempts);
        await Eventually.True(
            () => fixture.Log.Lines.Any(l => l.Contains("has reached MaxDequeueCount of 3. Moving message to queue 'failing-poison'", StringComparison.Ordinal)),
            "the poison log line (written after the move)");
    }

    [Fact]
    public async Task QueueTrigger_FunctionOutlastsMessageLease_LeaseRenewedAndRunOnce()
    {
        // The fixture's message lease is 2 s and Slow takes 3 s: without renewal the message would run twice.
        var text = "traag-" + Guid.NewGuid().ToString("N");
        var slow = await Queue("slow");

        await slow.SendMessageAsync(text);

        var blob = fixture.Storage.Blobs.GetBlobContainerClient("slow").GetBlobClient($"{text}.txt");
        await Eventually.True(async () => (await blob.ExistsAsync()).Value, "the slow function's blob");
        await Eventually.True(
            () => fixture.Log.Lines.Any(l => l.Contains("Executed 'Slow' (Succeeded", StringComparison.Ordinal) && l.Contains("DequeueCount=1", StringComparison.Ordinal)),
            "the message to be deleted after its first attempt");
        Assert.Equal($"{text} done at attempt 1", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    private async Task<QueueClient> Queue(string name)
    {
        var queue = fixture.Storage.Queues.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    /// <summary>The ids under which the host logged attempts for this message (from the worker's log of it).</summary>
    private IEnumerable<string> FailedMessageIds(string text) =>
        fixture.Log.Lines
            .Where(l => l.Contains("Executed 'AlwaysFails' (Failed", StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("Id=", StringComparison.Ordinal) + 3)..l.IndexOf(',', l.IndexOf("Id=", StringComparison.Ordinal))])
            .Distinct();
}
