using Automatisering.Domain.Distributie;
using Automatisering.Templating;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Automatisering.Functions.Tests.Distributie;

public sealed class DistributieRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        // Never contacted: resolving the channel must not need storage to be up.
        services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
        services.AddDistributie(configuration);
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string?> Graph(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Automatisering:Distributie:Kanaal"] = "graph",
            ["Automatisering:Distributie:Graph:TenantId"] = "tenant",
            ["Automatisering:Distributie:Graph:ClientId"] = "client",
            ["Automatisering:Distributie:Graph:ClientSecret"] = "secret",
            ["Automatisering:Distributie:Graph:SharedMailbox"] = TestBezorgingen.Mailbox,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public void AddDistributie_NoSettings_ChoosesOutbox()
    {
        using var provider = Build([]);

        Assert.IsType<OutboxKanaal>(provider.GetRequiredService<IDistributieKanaal>());
    }

    [Fact]
    public void AddDistributie_KanaalGraph_ChoosesGraphWithGemeenteSettings()
    {
        using var provider = Build(Graph(
            ("Automatisering:Distributie:Gemeenten:gemeente-a:SecretariaatEmail", TestBezorgingen.Secretariaat),
            ("Automatisering:Distributie:Gemeenten:gemeente-a:SharePointDriveId", "b!drive-a"),
            ("Automatisering:Distributie:Gemeenten:gemeente-a:SharePointFolder", "Besluiten")));

        Assert.IsType<GraphKanaal>(provider.GetRequiredService<IDistributieKanaal>());
        var gemeente = provider.GetRequiredService<IOptions<DistributieOptions>>().Value.Gemeenten["Gemeente-A"];
        Assert.Equal(TestBezorgingen.Secretariaat, gemeente.SecretariaatEmail);
        Assert.Equal(new SharePointDoel("b!drive-a", "Besluiten"), gemeente.SharePoint);
    }

    [Fact]
    public void AddDistributie_GraphWithPdfDrive_ReplacesPdfRenderer()
    {
        using var provider = Build(Graph(("Automatisering:Distributie:Graph:PdfDriveId", "b!pdf")));

        Assert.IsType<GraphPdfRenderer>(provider.GetRequiredService<IPdfRenderer>());
    }

    [Theory]
    [InlineData("Automatisering:Distributie:Graph:ClientSecret", "", "'Automatisering:Distributie:Graph:ClientSecret' is required")]
    [InlineData("Automatisering:Distributie:Graph:SharedMailbox", null, "'Automatisering:Distributie:Graph:SharedMailbox' is required")]
    [InlineData("Automatisering:Distributie:Kanaal", "smtp", "'Automatisering:Distributie:Kanaal' is 'smtp'")]
    [InlineData("Automatisering:Distributie:Graph:BaseUrl", "graph.local", "'Automatisering:Distributie:Graph:BaseUrl' is 'graph.local'")]
    [InlineData("Automatisering:Distributie:Graph:UploadSliceBytes", "1000000", "'Automatisering:Distributie:Graph:UploadSliceBytes' is 1000000")]
    [InlineData("Automatisering:Distributie:Graph:MaxConcurrentPerMailbox", "8", "'Automatisering:Distributie:Graph:MaxConcurrentPerMailbox' is 8")]
    [InlineData("Automatisering:Distributie:Gemeenten:gemeente-a:SecretariaatEmail", "secretariaat", "'Automatisering:Distributie:Gemeenten:gemeente-a:SecretariaatEmail' is 'secretariaat'")]
    [InlineData("Automatisering:Distributie:Gemeenten:gemeente-a:SharePointDriveId", "b!drive", "'Automatisering:Distributie:Gemeenten:gemeente-a:SharePointFolder' go together")]
    public void Options_InvalidSetting_FailsNamingTheSetting(string key, string? value, string expected)
    {
        using var provider = Build(Graph((key, value)));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DistributieOptions>>().Value);

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("", "", "Bezorging.IdempotencyKey")]
    [InlineData("besluit/1/a/mail", "geen-adres", "Bezorging.To contains 'geen-adres'")]
    [InlineData("besluit met spatie", "a@b.nl", "Bezorging.IdempotencyKey 'besluit met spatie'")]
    public void Valideer_BadDelivery_NamesTheField(string key, string to, string expected)
    {
        var bezorging = TestBezorgingen.Besluit(key) with { To = [to] };

        var error = Assert.Throws<ArgumentException>(bezorging.Valideer);

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Valideer_AttachmentNameWithSlash_NamesTheAttachment()
    {
        var bezorging = TestBezorgingen.Besluit(bijlagen: new Bijlage("../agendapunt.docx", TestBezorgingen.Docx, [1]));

        var error = Assert.Throws<ArgumentException>(bezorging.Valideer);

        Assert.Contains("Bezorging.Attachments: name '../agendapunt.docx'", error.Message);
    }

    [Fact]
    public void VerdeelBijlagen_SmallOnesTogetherOverThreeMegabytes_SendsTheOverflowThroughAnUploadSession()
    {
        var a = new Bijlage("a.pdf", "application/pdf", new byte[2 * 1024 * 1024]);
        var b = new Bijlage("b.pdf", "application/pdf", new byte[2 * 1024 * 1024]);
        var c = new Bijlage("c.txt", "text/plain", new byte[1000]);

        var (inline, groot) = GraphBerichten.VerdeelBijlagen([a, b, c]);

        Assert.Equal(["a.pdf", "c.txt"], inline.Select(x => x.Name));
        Assert.Equal(["b.pdf"], groot.Select(x => x.Name));
    }
}
