using Automatisering.Functions.Infrastructure;
using Automatisering.LocalHost;
using Automatisering.LocalHost.Worker;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>
/// The function app as it runs locally: the local Functions host (infra/local) on a free port, speaking the worker
/// protocol with the real worker, which runs in the test process so tests can reach its services. Storage is the
/// collection's Azurite. Settings are given to the worker as configuration only (not as process environment
/// variables), so one test's settings never leak into the next.
/// </summary>
public sealed class FunctionsAppFactory(AzuriteFixture azurite) : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Automatisering:Identity:DevelopmentSignIn"] = "true",
        ["Automatisering:Distributie:Kanaal"] = "outbox",
    };

    private readonly List<Action<IServiceCollection>> _services = [];
    private string _hostId = "test-" + Guid.NewGuid().ToString("n")[..12];
    private bool _triggers = true;
    private bool _pdfMaken;
    private readonly TaskCompletionSource<Exception> _workerFailed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LocalFunctionsHost? _host;
    private IHost? _worker;

    /// <summary>The worker's services (the same instances the functions use); starts the app when it is not yet running.</summary>
    public IServiceProvider Services
    {
        get
        {
            if (_host is null)
            {
                Start().Dispose();
            }

            return _worker!.Services;
        }
    }

    public Uri Address => _host?.HttpAddress ?? throw new InvalidOperationException("Start the app first.");

    /// <summary>The host's admin key, for <c>POST /admin/functions/{name}</c>.</summary>
    public string MasterKey => _host?.MasterKey ?? throw new InvalidOperationException("Start the app first.");

    /// <summary>A function class as the worker creates it, to run a queue or timer function's work directly.</summary>
    public T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(Services);

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

    /// <summary>Names the timer locks and status blobs; two apps with the same id compete for the timers.</summary>
    public FunctionsAppFactory WithHostId(string hostId)
    {
        _hostId = hostId;
        return this;
    }

    /// <summary>Serves the HTTP functions only: no queue or timer trigger runs (the test invokes them itself).</summary>
    public FunctionsAppFactory WithoutTriggers()
    {
        _triggers = false;
        return this;
    }

    /// <summary>
    /// Runs <c>PdfMaken</c> (off otherwise, also with triggers): every stored document is queued for a LibreOffice
    /// conversion, seconds of the machine's two shared cores that only the tests about PDFs want to spend.
    /// </summary>
    public FunctionsAppFactory WithPdfMaken()
    {
        _pdfMaken = true;
        return this;
    }

    /// <summary>Another client for the running host.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>Starts the host and the worker and returns a client for the host's HTTP address.</summary>
    public HttpClient Start() => StartAsync().GetAwaiter().GetResult();

    public async Task<HttpClient> StartAsync()
    {
        var values = new Dictionary<string, string?>(_settings);
        values.TryAdd("AzureWebJobsStorage", azurite.ConnectionString);
        if (!_triggers)
        {
            foreach (var function in new[] { "BesluitVerwerken", "Distribueren", "PersberichtEmbargo", "DistributieHerstel", "Herinneringen", "Notificeren", "Dagoverzichten" })
            {
                values[$"AzureWebJobs.{function}.Disabled"] = "true";
            }
        }

        if (!_pdfMaken)
        {
            values["AzureWebJobs.PdfMaken.Disabled"] = "true";
        }

        _host = new LocalFunctionsHost(
            new LocalHostOptions
            {
                ScriptRoot = AppContext.BaseDirectory,
                HttpPort = 0,
                HostId = _hostId,
                MessageLease = TimeSpan.FromSeconds(5),
                // The host's own triggers always use the collection's Azurite; a test may give the worker another.
                StorageConnectionString = azurite.ConnectionString,
                WorkerLauncher = new Launcher(this),
                Values = values,
            },
            LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning)));
        await _host.StartAsync();

        // A worker that cannot start (a wrong setting) fails the test at once, with its own message.
        var running = _host.WaitUntilRunningAsync(TimeSpan.FromSeconds(60));
        if (await Task.WhenAny(running, _workerFailed.Task) == _workerFailed.Task)
        {
            await _host.DisposeAsync();
            _host = null;
            throw new InvalidOperationException("The worker did not start.", _workerFailed.Task.Result);
        }

        await running;
        return new HttpClient { BaseAddress = _host.HttpAddress };
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private IHost BuildWorker(WorkerStartContext context)
    {
        var builder = new HostBuilder()
            .UseEnvironment("Testing")
            .ConfigureFunctionsWebApplication(worker => worker.UseAutomatiseringMiddleware())
            // Added after the worker's defaults (environment variables), so the test's settings win.
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(context.WorkerConfiguration.Concat(context.Values)))
            .ConfigureServices((host, services) => services.AddAutomatiseringServices(host.Configuration));

        // The worker finds its source-generated startup types in the entry assembly, which here is the test host;
        // without them output bindings come back empty. So they are run by hand.
        foreach (var type in typeof(FunctionsAppExtensions).Assembly.GetTypes()
                     .Where(t => typeof(IAutoConfigureStartup).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }))
        {
            ((IAutoConfigureStartup)Activator.CreateInstance(type)!).Configure(builder);
        }

        foreach (var configure in _services)
        {
            builder.ConfigureServices(configure);
        }

        _worker = builder.Build();
        return _worker;
    }

    private sealed class Launcher(FunctionsAppFactory factory) : IWorkerLauncher
    {
        public async Task<IRunningWorker> StartAsync(WorkerStartContext context, CancellationToken cancellationToken)
        {
            // Only the runtime's own variables are process-wide; they are the same for every test.
            Environment.SetEnvironmentVariable("FUNCTIONS_WORKER_RUNTIME", "dotnet-isolated");
            Environment.SetEnvironmentVariable("FUNCTIONS_APPLICATION_DIRECTORY", context.ApplicationDirectory);
            Environment.SetEnvironmentVariable("FUNCTIONS_WORKER_DIRECTORY", context.WorkerDirectory);
            try
            {
                var host = factory.BuildWorker(context);
                await host.StartAsync(cancellationToken);
                return new InProcessWorker(host);
            }
            catch (Exception ex)
            {
                factory._workerFailed.TrySetResult(ex);
                throw;
            }
        }
    }
}
