using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString.Contains('=')
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Setting '{StorageOptions.SettingName}' is not a storage connection string (expected 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=…;AccountName=…').");
        }

        return options.BlobServiceUri is not null && options.QueueServiceUri is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Setting '{StorageOptions.SettingName}' is missing: set a storage connection string ('UseDevelopmentStorage=true' for Azurite), " +
                $"or '{StorageOptions.SettingName}__blobServiceUri' and '{StorageOptions.SettingName}__queueServiceUri' for a managed identity.");
    }
}
