using Automatisering.Templating;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Documenten;

public static class DocumentenServiceCollectionExtensions
{
    public static IServiceCollection AddDocumenten(this IServiceCollection services)
    {
        services.AddOptions<TemplatesOptions>().BindConfiguration(TemplatesOptions.Section)
            .Validate(o => File.Exists(Path.Combine(o.ResolvedRoot, "default", "agendapunt.docx")),
                $"Setting '{TemplatesOptions.Section}:Root' must name the templates folder (with default/agendapunt.docx).")
            .ValidateOnStart();
        services.AddSingleton<SjabloonStore>();
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton<SjabloonBeheer>();
        services.AddSingleton<IPdfRenderer>(sp => new LibreOfficePdfRenderer(sp.GetRequiredService<IOptions<TemplatesOptions>>().Value.Soffice));
        return services;
    }
}
