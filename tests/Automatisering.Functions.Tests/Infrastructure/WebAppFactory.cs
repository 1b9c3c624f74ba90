using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>The web interface on a real Kestrel port (the browser drives it), against the collection's Azurite.</summary>
public sealed class WebAppFactory(AzuriteFixture azurite) : WebApplicationFactory<Automatisering.Web.Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Automatisering:Identity:DevelopmentSignIn"] = "true",
    };

    private readonly List<Action<IServiceCollection>> _services = [];

    public WebAppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public WebAppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts Kestrel on a free port and returns a client for it.</summary>
    public HttpClient Start()
    {
        UseKestrel(0);
        StartServer();
        return CreateClient();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var configure in _services)
        {
            builder.ConfigureServices(configure);
        }
    }
}
