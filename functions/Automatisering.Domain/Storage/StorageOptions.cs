namespace Automatisering.Domain.Storage;

/// <summary>
/// The storage account the app and its triggers use: the Functions host's own <c>AzureWebJobsStorage</c>
/// setting, either a connection string or, for a managed identity, its service URIs
/// (<c>AzureWebJobsStorage__blobServiceUri</c> and <c>AzureWebJobsStorage__queueServiceUri</c>).
/// </summary>
public sealed class StorageOptions
{
    public const string SettingName = "AzureWebJobsStorage";

    public string? ConnectionString { get; set; }
    public Uri? BlobServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
}
