using Automatisering.Domain.Identity;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Besluitvorming;

public static class BesluitvormingServiceCollectionExtensions
{
    public static IServiceCollection AddBesluitvorming(this IServiceCollection services)
    {
        services.AddOptions<OrganisatieOptions>().BindConfiguration(OrganisatieOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrganisatieOptions>, OrganisatieOptionsValidator>();
        services.AddSingleton<Organisatie>();
        services.AddSingleton<IPersonDirectory>(sp => sp.GetRequiredService<Organisatie>());
        services.AddSingleton<DossierDocumenten>();
        services.AddSingleton<DossierDocumentStore>();
        services.AddSingleton<VersieInhoudStore>();
        services.AddSingleton<AuditTrailStore>();
        services.AddSingleton<Werkvoorraad>();
        services.AddSingleton<DossierService>();
        services.AddSingleton<VergaderkalenderService>();
        services.AddSingleton<Registratienummers>();
        services.AddSingleton<INotificatieService>(sp => new OutboxNotificatieService(sp.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>()));
        services.AddOptions<Notificaties.NotificatieOptions>().BindConfiguration(Notificaties.NotificatieOptions.Section).ValidateOnStart();
        services.AddSingleton<Notificaties.NotificatieDienst>();
        services.AddSingleton<Notificaties.GebeurtenisVerwerker>();

        // The API speaks the same JSON as storage: roles as configured, statuses and outcomes as camelCase names.
        services.ConfigureHttpJsonOptions(options =>
        {
            foreach (var converter in BesluitvormingJson.Options.Converters)
            {
                options.SerializerOptions.Converters.Add(converter);
            }
        });
        return services;
    }
}
