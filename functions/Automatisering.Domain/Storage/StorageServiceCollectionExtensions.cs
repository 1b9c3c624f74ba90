using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                var section = configuration.GetSection(StorageOptions.SettingName);
                options.ConnectionString = section.Value;
                options.BlobServiceUri = section.GetValue<Uri?>("blobServiceUri");
                options.QueueServiceUri = section.GetValue<Uri?>("queueServiceUri");
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<StorageClients>();
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().CreateBlobServiceClient());
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().CreateQueueServiceClient());
        return services;
    }
}
