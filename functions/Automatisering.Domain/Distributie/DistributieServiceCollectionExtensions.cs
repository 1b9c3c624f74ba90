using Automatisering.Templating;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Automatisering.Domain.Besluitvorming;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace Automatisering.Domain.Distributie;

public static class DistributieServiceCollectionExtensions
{
    /// <summary>
    /// The delivery channel chosen by <c>Automatisering:Distributie:Kanaal</c>: the local outbox (default) or Graph.
    /// With Graph and a <c>Graph:PdfDriveId</c>, PDFs are made by Graph as well (call after AddDocumenten).
    /// </summary>
    public static IServiceCollection AddDistributie(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DistributieOptions>().BindConfiguration(DistributieOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DistributieOptions>, DistributieOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DistributieService>();

        var kanaal = configuration[$"{DistributieOptions.Section}:Kanaal"]?.Trim().ToLowerInvariant();
        if (kanaal == DistributieOptions.GraphKanaalNaam)
        {
            services.AddSingleton(sp => DistributieGraphClient.Create(sp.GetRequiredService<IOptions<DistributieOptions>>().Value.Graph));
            services.AddSingleton<IDistributieKanaal, GraphKanaal>();

            // In production reminders and messages to the lead go out as e-mail too.
            services.AddSingleton<INotificatieService, KanaalNotificatieService>();
            if (configuration[$"{GraphDistributieOptions.Section}:PdfDriveId"] is { Length: > 0 })
            {
                services.AddSingleton<IPdfRenderer>(sp =>
                {
                    var graph = sp.GetRequiredService<IOptions<DistributieOptions>>().Value.Graph;
                    return new GraphPdfRenderer(sp.GetRequiredService<GraphServiceClient>(), graph.PdfDriveId!, graph.PdfFolder);
                });
            }
        }
        else
        {
            // An unknown value also lands here; the options validation then stops the start-up naming the setting.
            services.AddSingleton<IDistributieKanaal, OutboxKanaal>();

            // Locally a notification is kept in the outbox as a summary and as the exact mail production would send.
            services.AddSingleton<INotificatieService>(sp => new OutboxNotificatieService(
                sp.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>(), new KanaalNotificatieService(sp.GetRequiredService<IDistributieKanaal>())));
        }

        return services;
    }
}
