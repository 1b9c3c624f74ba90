using Automatisering.Templating;

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
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section)
            .Validate(o => o.Slots is >= 1 and <= 16, $"Setting '{PdfOptions.Section}:Slots' must be 1 to 16 (conversions at the same time).")
            .Validate(o => o.TimeoutSeconden is >= 5 and <= 900, $"Setting '{PdfOptions.Section}:TimeoutSeconden' must be 5 to 900.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Python), $"Setting '{PdfOptions.Section}:Python' must name the Python that has python3-uno.")
            .ValidateOnStart();

        // The warm LibreOffice converter; with Graph configured, AddDistributie replaces it (nothing starts until a
        // document is converted, so a host that never converts never starts LibreOffice).
        services.AddSingleton<LibreOfficeOmzetter>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<LibreOfficeOmzetter>());
        services.AddSingleton<PdfWeergaven>();
        services.AddSingleton<SjabloonBeheer>();
        return services;
    }
}
