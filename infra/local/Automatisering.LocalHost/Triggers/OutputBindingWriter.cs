using System.Text.Json;
using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// Writes an invocation's <c>output_data</c> (and <c>return_value</c> for <c>$return</c>) to the queue and blob
/// bindings of its function, resolving binding expressions in queue names and blob paths.
/// </summary>
internal sealed class OutputBindingWriter(BlobServiceClient blobs, QueueServiceClient queues)
{
    public async Task WriteAsync(FunctionDefinition function, InvocationResponse response, BindingData bindingData, CancellationToken cancellationToken)
    {
        foreach (var binding in function.Outputs)
        {
            var value = binding.Name == "$return"
                ? response.ReturnValue
                : response.OutputData.FirstOrDefault(o => o.Name == binding.Name)?.Data;
            var items = value is null ? [] : Items(value);
            if (items.Count == 0)
            {
                continue; // an output the function did not set is simply not written
            }

            switch (binding.Type.ToLowerInvariant())
            {
                case "queue":
                    await WriteQueueAsync(bindingData.Resolve(binding.QueueName!, binding.Name), items, cancellationToken);
                    break;
                case "blob":
                    // A blob is one value: an array result is written whole, as JSON.
                    await WriteBlobAsync(bindingData.Resolve(binding.Path!, binding.Name), Whole(value!), cancellationToken);
                    break;
            }
        }
    }

    /// <summary>The messages a value stands for: a JSON array or a collection is a batch, as with the host's collector.</summary>
    internal static IReadOnlyList<BinaryData> Items(TypedData value)
    {
        switch (value.DataCase)
        {
            case TypedData.DataOneofCase.String:
                return [BinaryData.FromString(value.String)];
            case TypedData.DataOneofCase.Json:
                using (var document = JsonDocument.Parse(value.Json))
                {
                    var root = document.RootElement;
                    return root.ValueKind switch
                    {
                        JsonValueKind.Null or JsonValueKind.Undefined => [],
                        JsonValueKind.Array => root.EnumerateArray().Select(Text).Select(BinaryData.FromString).ToList(),
                        _ => [BinaryData.FromString(Text(root))],
                    };
                }

            case TypedData.DataOneofCase.Bytes:
                return [BinaryData.FromBytes(value.Bytes.Memory)];
            case TypedData.DataOneofCase.Stream:
                return [BinaryData.FromBytes(value.Stream.Memory)];
            case TypedData.DataOneofCase.Int:
                return [BinaryData.FromString(value.Int.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            case TypedData.DataOneofCase.Double:
                return [BinaryData.FromString(value.Double.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            case TypedData.DataOneofCase.CollectionString:
                return value.CollectionString.String.Select(BinaryData.FromString).ToList();
            case TypedData.DataOneofCase.CollectionBytes:
                return value.CollectionBytes.Bytes.Select(b => BinaryData.FromBytes(b.Memory)).ToList();
            case TypedData.DataOneofCase.CollectionSint64:
                return value.CollectionSint64.Sint64.Select(i => BinaryData.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            case TypedData.DataOneofCase.CollectionDouble:
                return value.CollectionDouble.Double.Select(d => BinaryData.FromString(d.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            default:
                return [];
        }
    }

    private static BinaryData Whole(TypedData value) => value.DataCase switch
    {
        TypedData.DataOneofCase.Json => BinaryData.FromString(Unquote(value.Json)),
        TypedData.DataOneofCase.CollectionString => BinaryData.FromString(JsonSerializer.Serialize(value.CollectionString.String)),
        _ => Items(value)[0],
    };

    private static string Unquote(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Text(document.RootElement);
    }

    private static string Text(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();

    private async Task WriteQueueAsync(string queueName, IReadOnlyList<BinaryData> messages, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var message in messages)
        {
            await queue.SendMessageAsync(message, cancellationToken: cancellationToken);
        }
    }

    private async Task WriteBlobAsync(string path, BinaryData content, CancellationToken cancellationToken)
    {
        var separator = path.IndexOf('/', StringComparison.Ordinal);
        if (separator <= 0 || separator == path.Length - 1)
        {
            throw new InvalidOperationException($"blob path '{path}' must be 'container/blob'.");
        }

        var container = blobs.GetBlobContainerClient(path[..separator]);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await container.GetBlobClient(path[(separator + 1)..]).UploadAsync(content, overwrite: true, cancellationToken);
    }
}
