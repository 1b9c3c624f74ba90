using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port (the trigger runner posts invocations to it over HTTP), against the
/// collection's Azurite. Tests can add settings, a script root of their own and extra handler routes.
/// </summary>
public sealed class FunctionsAppFactory(AzuriteFixture azurite) : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Automatisering:Runner:HostId"] = "test-" + Guid.NewGuid().ToString("n")[..12],
        ["Automatisering:Runner:MessageLease"] = "00:00:05",
        ["Automatisering:Identity:DevelopmentSignIn"] = "true",
    };

    private readonly List<TestHandler> _handlers = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Replaces or adds services, e.g. a Graph client that talks to the local stub.</summary>
    public FunctionsAppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public FunctionsAppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public FunctionsAppFactory WithScriptRoot(string scriptRoot) => WithSetting("Automatisering:Runner:ScriptRoot", scriptRoot);

    /// <summary>Adds a handler route <c>POST /{functionName}</c>, as a test-only function of the custom handler.</summary>
    public FunctionsAppFactory WithHandler(string functionName, Func<HttpContext, Task> handler)
    {
        _handlers.Add(new TestHandler("/" + functionName, handler));
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

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new TestHandlerStartupFilter(_handlers)));
        foreach (var configure in _services)
        {
            builder.ConfigureServices(configure);
        }
    }

    private sealed record TestHandler(string Path, Func<HttpContext, Task> Handle);

    private sealed class TestHandlerStartupFilter(IReadOnlyList<TestHandler> handlers) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var handler = handlers.FirstOrDefault(h => context.Request.Method == "POST" && context.Request.Path.Equals(h.Path, StringComparison.OrdinalIgnoreCase));
                if (handler is null)
                {
                    await nextMiddleware(context);
                    return;
                }

                await handler.Handle(context);
            });
            next(app);
        };
    }
}
