using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Storage;

/// <summary>Creates the storage SDK clients from <see cref="StorageOptions"/>; one place for connection and credential.</summary>
public sealed class StorageClients(IOptions<StorageOptions> options)
{
    private readonly Lazy<TokenCredential> _credential = new(() => new DefaultAzureCredential());

    public BlobServiceClient CreateBlobServiceClient() =>
        options.Value.ConnectionString is { Length: > 0 } connection
            ? new BlobServiceClient(connection)
            : new BlobServiceClient(options.Value.BlobServiceUri, _credential.Value);

    /// <param name="base64">The Functions host's queue encoding: Base64 unless host.json says otherwise.</param>
    public QueueServiceClient CreateQueueServiceClient(bool base64 = true)
    {
        var clientOptions = new QueueClientOptions { MessageEncoding = base64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None };
        return options.Value.ConnectionString is { Length: > 0 } connection
            ? new QueueServiceClient(connection, clientOptions)
            : new QueueServiceClient(options.Value.QueueServiceUri, _credential.Value, clientOptions);
    }
}
