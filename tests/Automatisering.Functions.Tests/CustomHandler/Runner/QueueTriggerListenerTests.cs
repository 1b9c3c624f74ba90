using System.Collections.Concurrent;
using System.Text.Json;
using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Automatisering.Functions.Tests.CustomHandler.Runner;

[Collection(AzuriteCollection.Name)]
public sealed class QueueTriggerListenerTests(AzuriteFixture azurite)
{
    private static string QueueFunction(string queue, string extraBindings = "") => $$"""
        { "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "item", "queueName": "{{queue}}" }{{extraBindings}} ] }
        """;

    [Fact]
    public async Task AlwaysFailingFunction_OneMessage_TriedFiveTimesThenMovedToPoisonQueue()
    {
        var queue = "fails-" + Guid.NewGuid().ToString("n")[..8];
        using var root = new ScriptRoot().WithFunction("AlwaysFails", QueueFunction(queue));
        var dequeueCounts = new ConcurrentQueue<long>();
        await using var app = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path)
            .WithHandler("AlwaysFails", async context =>
            {
                var request = await JsonDocument.ParseAsync(context.Request.Body);
                dequeueCounts.Enqueue(request.RootElement.GetProperty("Metadata").GetProperty("DequeueCount").GetInt64());
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            });
        app.Start();

        await azurite.Queues.GetQueueClient(queue).CreateIfNotExistsAsync();
        await azurite.Queues.GetQueueClient(queue).SendMessageAsync("{\"x\":1}");

        var poison = azurite.Queues.GetQueueClient(queue + "-poison");
        var poisoned = await Eventually.Get(async () =>
        {
            if (!await poison.ExistsAsync()) return null;
            var messages = (await poison.PeekMessagesAsync(10)).Value;
            return messages.Length > 0 ? messages : null;
        }, "the message in the poison queue");

        await Task.Delay(1500); // a sixth attempt, if the runner wrongly made one, would show up here
        Assert.Equal([1L, 2L, 3L, 4L, 5L], dequeueCounts.ToArray());
        Assert.Equal("{\"x\":1}", Assert.Single(poisoned).Body.ToString());
        Assert.Empty((await azurite.Queues.GetQueueClient(queue).PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task SuccessStatusWithNonJsonBody_Message_CountsAsFailedInvocation()
    {
        var queue = "badbody-" + Guid.NewGuid().ToString("n")[..8];
        using var root = new ScriptRoot("""{ "version": "2.0", "extensions": { "queues": { "maxPollingInterval": "00:00:00.500", "maxDequeueCount": 2 } } }""")
            .WithFunction("BadBody", QueueFunction(queue));
        var calls = 0;
        await using var app = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path)
            .WithHandler("BadBody", async context =>
            {
                Interlocked.Increment(ref calls);
                context.Response.StatusCode = 200;
                await context.Response.WriteAsync("this is not the response JSON");
            });
        app.Start();

        await azurite.Queues.GetQueueClient(queue).CreateIfNotExistsAsync();
        await azurite.Queues.GetQueueClient(queue).SendMessageAsync("hello");

        var poison = azurite.Queues.GetQueueClient(queue + "-poison");
        await Eventually.True(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync()).Value.Length == 1, "poisoned message");
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task QueueTrigger_Message_PostsDataAndMetadataAndWritesOutputBindings()
    {
        var suffix = Guid.NewGuid().ToString("n")[..8];
        var queue = "contract-" + suffix;
        var outQueue = "contract-out-" + suffix;
        var container = "contract-" + suffix;
        using var root = new ScriptRoot().WithFunction("Contract", QueueFunction(queue, $$"""
            , { "type": "blob", "direction": "out", "name": "document", "path": "{{container}}/{zaak}/{Id}.json" }
            , { "type": "queue", "direction": "out", "name": "notices", "queueName": "{{outQueue}}" }
            , { "type": "queue", "direction": "out", "name": "$return", "queueName": "{{outQueue}}-return" }
            """));
        JsonDocument? received = null;
        await using var app = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path)
            .WithHandler("Contract", async context =>
            {
                received = await JsonDocument.ParseAsync(context.Request.Body);
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""
                    { "Outputs": { "document": { "besluit": "Conform" }, "notices": [ "een", { "twee": 2 } ] },
                      "Logs": [ "verwerkt" ], "ReturnValue": "teruggave" }
                    """);
            });
        app.Start();

        var input = azurite.Queues.GetQueueClient(queue);
        await input.CreateIfNotExistsAsync();
        var sent = (await input.SendMessageAsync("""{"zaak":"Z-42","onderwerp":"Handvest"}""")).Value;

        var output = azurite.Queues.GetQueueClient(outQueue);
        var notices = await Eventually.Get(async () =>
        {
            if (!await output.ExistsAsync()) return null;
            var messages = (await output.PeekMessagesAsync(10)).Value;
            return messages.Length == 2 ? messages : null;
        }, "both output queue messages");

        // Values are written as the handler sent them: a string as itself, an object as its JSON text.
        Assert.Equal(["een", """{ "twee": 2 }"""], notices.Select(m => m.Body.ToString()).Order(StringComparer.Ordinal).ToArray());
        var returned = (await azurite.Queues.GetQueueClient(outQueue + "-return").PeekMessagesAsync()).Value;
        Assert.Equal("teruggave", Assert.Single(returned).Body.ToString());
        var blob = await azurite.Blobs.GetBlobContainerClient(container).GetBlobClient($"Z-42/{sent.MessageId}.json").DownloadContentAsync();
        Assert.Equal("""{ "besluit": "Conform" }""", blob.Value.Content.ToString());

        var request = received!.RootElement;
        Assert.Equal("""{"zaak":"Z-42","onderwerp":"Handvest"}""", request.GetProperty("Data").GetProperty("item").GetString());
        var metadata = request.GetProperty("Metadata");
        Assert.Equal(sent.MessageId, metadata.GetProperty("Id").GetString());
        Assert.Equal(1, metadata.GetProperty("DequeueCount").GetInt64());
        Assert.False(string.IsNullOrEmpty(metadata.GetProperty("PopReceipt").GetString()));
        Assert.Equal(sent.InsertionTime, metadata.GetProperty("InsertionTime").GetDateTimeOffset());
        Assert.Equal("Contract", metadata.GetProperty("sys").GetProperty("MethodName").GetString());
        await Eventually.True(async () => !(await input.PeekMessagesAsync()).Value.Any(), "the processed message deleted");
    }

    [Fact]
    public async Task RunnerStopped_MessageInFlight_ProcessedAgainAfterItsVisibilityTimeout()
    {
        var queue = "inflight-" + Guid.NewGuid().ToString("n")[..8];
        using var root = new ScriptRoot().WithFunction("Slow", QueueFunction(queue));
        var firstCallStarted = new TaskCompletionSource();
        var first = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path).WithSetting("Automatisering:Runner:MessageLease", "00:00:03")
            .WithHandler("Slow", async context =>
            {
                firstCallStarted.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted); // never answers: the process "dies" first
            });
        first.Start();
        await azurite.Queues.GetQueueClient(queue).CreateIfNotExistsAsync();
        await azurite.Queues.GetQueueClient(queue).SendMessageAsync("werk");
        await firstCallStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await first.DisposeAsync();

        var secondDequeueCount = new TaskCompletionSource<long>();
        await using var second = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path)
            .WithHandler("Slow", async context =>
            {
                var request = await JsonDocument.ParseAsync(context.Request.Body);
                secondDequeueCount.TrySetResult(request.RootElement.GetProperty("Metadata").GetProperty("DequeueCount").GetInt64());
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{}");
            });
        second.Start();

        Assert.Equal(2, await secondDequeueCount.Task.WaitAsync(TimeSpan.FromSeconds(60)));
        await Eventually.True(async () => !(await azurite.Queues.GetQueueClient(queue).PeekMessagesAsync()).Value.Any(), "the message deleted after success");
    }
}
