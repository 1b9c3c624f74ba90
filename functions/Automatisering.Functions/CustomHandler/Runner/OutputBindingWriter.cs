using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Automatisering.Functions.CustomHandler.Runner;

/// <summary>Writes an invocation's <c>Outputs</c> (and <c>ReturnValue</c> for <c>$return</c>) to the queue and blob bindings of its function.json.</summary>
public sealed class OutputBindingWriter(BlobServiceClient blobs, QueueServiceClient queues)
{
    public async Task WriteAsync(FunctionDefinition function, InvocationResponse response, BindingData bindingData, CancellationToken cancellationToken)
    {
        foreach (var binding in function.Outputs)
        {
            JsonElement? value = binding.Name == "$return"
                ? response.ReturnValue
                : response.Outputs?.TryGetValue(binding.Name, out var output) == true ? output : null;
            if (value is null || value.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue; // an output the function did not set is simply not written
            }

            switch (binding.Type.ToLowerInvariant())
            {
                case "queue":
                    await WriteQueueAsync(bindingData.Resolve(binding.QueueName!, binding.Name), value.Value, cancellationToken);
                    break;
                case "blob":
                    await WriteBlobAsync(bindingData.Resolve(binding.Path!, binding.Name), value.Value, cancellationToken);
                    break;
            }
        }
    }

    private async Task WriteQueueAsync(string queueName, JsonElement value, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

        // An array is a batch of messages, as with the host's IAsyncCollector.
        var messages = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var message in messages)
        {
            await queue.SendMessageAsync(AsText(message), cancellationToken);
        }
    }

    private async Task WriteBlobAsync(string path, JsonElement value, CancellationToken cancellationToken)
    {
        var separator = path.IndexOf('/');
        if (separator <= 0 || separator == path.Length - 1)
        {
            throw new InvalidOperationException($"blob path '{path}' must be 'container/blob'.");
        }

        var container = blobs.GetBlobContainerClient(path[..separator]);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await container.GetBlobClient(path[(separator + 1)..]).UploadAsync(BinaryData.FromString(AsText(value)), overwrite: true, cancellationToken);
    }

    private static string AsText(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
