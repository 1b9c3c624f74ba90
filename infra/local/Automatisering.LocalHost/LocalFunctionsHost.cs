using System.Net;
using System.Security.Cryptography;
using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Http;
using Automatisering.LocalHost.Triggers;
using Automatisering.LocalHost.Worker;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Automatisering.LocalHost;

/// <summary>
/// Does locally what the Azure Functions host does for an isolated-worker app: starts the worker, speaks the
/// worker protocol with it over gRPC, serves its HTTP functions, and drives its queue and timer triggers
/// against storage (Azurite), writing the output bindings it returns.
/// </summary>
public sealed class LocalFunctionsHost : IAsyncDisposable
{
    private const int GrpcMaxMessageLength = int.MaxValue;
    private readonly LocalHostOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopListeners = new();
    private readonly CancellationTokenSource _stopWorker = new();
    private WebApplication? _grpcServer;
    private WebApplication? _httpServer;
    private WorkerSupervisor? _supervisor;
    private Task _supervising = Task.CompletedTask;
    private Task _listening = Task.CompletedTask;
    private HttpClient? _forwardingClient;
    private bool _stopped;

    public LocalFunctionsHost(LocalHostOptions options, ILoggerFactory loggerFactory)
    {
        _options = options;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger("Host");
        Hub = new WorkerHub(options, loggerFactory);
        MasterKey = options.MasterKey ?? options.GetValue("AzureWebJobsMasterKey") ?? GenerateKey();
    }

    /// <summary>The worker protocol side: the loaded functions and whether a worker is running.</summary>
    public WorkerHub Hub { get; }

    /// <summary>The key the admin API asks for in <c>x-functions-key</c>.</summary>
    public string MasterKey { get; }

    /// <summary>Where the HTTP functions and the admin API are served (known after start).</summary>
    public Uri HttpAddress { get; private set; } = new("http://localhost/");

    /// <summary>The gRPC endpoint the worker connects to (known after start).</summary>
    public Uri GrpcAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Process id of the worker now running, when it runs in a process of its own.</summary>
    public int? WorkerProcessId => _supervisor?.Current?.ProcessId;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var scriptRoot = _options.ResolvedScriptRoot;
        var hostJson = HostJson.Load(scriptRoot);
        var timeZone = ResolveTimeZone();

        _grpcServer = BuildGrpcServer();
        await _grpcServer.StartAsync(cancellationToken);
        GrpcAddress = new Uri(FirstAddress(_grpcServer).Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));

        var connection = _options.StorageConnectionString ?? _options.GetValue("AzureWebJobsStorage");
        var blobs = connection is null ? null : new BlobServiceClient(connection);
        var queues = connection is null ? null : new QueueServiceClient(connection, new QueueClientOptions
        {
            MessageEncoding = hostJson.Queues.UsesBase64 ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None,
        });
        var outputs = new OutputBindingWriter(blobs ?? new BlobServiceClient("UseDevelopmentStorage=true"), queues ?? new QueueServiceClient("UseDevelopmentStorage=true"));
        var invoker = new FunctionInvoker(Hub, outputs, _logger);

        _forwardingClient = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _httpServer = BuildHttpServer(hostJson, invoker);
        await _httpServer.StartAsync(cancellationToken);
        HttpAddress = new Uri(FirstAddress(_httpServer));

        if (_options.MasterKey is null && _options.GetValue("AzureWebJobsMasterKey") is null)
        {
            HostLog.GeneratedMasterKey(_logger, MasterKey);
        }

        HostLog.HostStarted(_logger, scriptRoot, HttpAddress.ToString(), GrpcAddress.ToString());

        var launcher = _options.WorkerLauncher ?? new ProcessWorkerLauncher(_loggerFactory);
        _supervisor = new WorkerSupervisor(Hub, launcher, WorkerContext, _options, _logger);
        _supervising = Task.Run(() => _supervisor.RunAsync(_stopWorker.Token), CancellationToken.None);
        _listening = Task.Run(() => RunListenersAsync(hostJson, blobs, queues, invoker, timeZone, _stopListeners.Token), CancellationToken.None);
    }

    /// <summary>Waits until a worker has loaded the functions (what <c>GET /admin/host/status</c> reports as Running).</summary>
    public async Task WaitUntilRunningAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await Hub.Functions.WaitAsync(timeout, cancellationToken);
        await Hub.WaitReadyAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
    }

    /// <summary>Stops the triggers, then the worker (WorkerTerminate, then its process tree), then the servers.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _stopListeners.CancelAsync();
        await _listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _stopWorker.CancelAsync();
        await _supervising.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var server in new[] { _httpServer, _grpcServer })
        {
            if (server is not null)
            {
                await server.StopAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var server in new[] { _httpServer, _grpcServer })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        _forwardingClient?.Dispose();
        _stopListeners.Dispose();
        _stopWorker.Dispose();
    }

    private WorkerStartContext WorkerContext(string workerId) => new(
        GrpcAddress,
        workerId,
        Guid.NewGuid().ToString(),
        GrpcMaxMessageLength,
        _options.ResolvedScriptRoot,
        _options.ResolvedScriptRoot,
        _options.Values);

    private WebApplication BuildGrpcServer()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        UseHostLogging(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            // Same limit as given to the worker (--functions-grpc-max-message-length).
            grpc.MaxReceiveMessageSize = GrpcMaxMessageLength;
            grpc.MaxSendMessageSize = GrpcMaxMessageLength;
        });
        builder.Services.AddSingleton(Hub);
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcService>();
        return app;
    }

    private WebApplication BuildHttpServer(HostJson hostJson, FunctionInvoker invoker)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        UseHostLogging(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // localhost means both loopbacks; a free port (0) can only be had on one address.
            if (_options.HttpPort == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(_options.HttpPort);
            }
        });
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        var hostStopping = _stopListeners.Token;
        new AdminEndpoints(Hub, invoker, MasterKey, hostStopping, _logger).Map(app);
        var forwarder = new HttpForwarder(Hub, invoker, _forwardingClient!, _options, hostJson.RoutePrefix, hostStopping, _logger);
        // "{**path}", not MapFallback's default "{*path:nonfile}": a route value may look like a file name (bijlagen/handvest.docx).
        app.MapFallback("{**path}", forwarder.HandleAsync);
        return app;
    }

    private void UseHostLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
    }

    private async Task RunListenersAsync(HostJson hostJson, BlobServiceClient? blobs, QueueServiceClient? queues, FunctionInvoker invoker, TimeZoneInfo timeZone, CancellationToken stoppingToken)
    {
        IReadOnlyList<FunctionDefinition> functions;
        try
        {
            functions = await Hub.Functions.WaitAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or FunctionConfigurationException)
        {
            return;
        }

        var listeners = new List<Task>();
        foreach (var function in functions.Where(f => !f.Disabled))
        {
            switch (function.TriggerType)
            {
                case "queuetrigger":
                    listeners.Add(new QueueTriggerListener(function, hostJson.Queues, Require(queues, function), invoker, _options.MessageLease, _logger).RunAsync(stoppingToken));
                    break;
                case "timertrigger":
                    listeners.Add(new TimerTriggerListener(function, Require(blobs, function), invoker, _options.HostId, _options.TimerLease, timeZone, TimeProvider.System, _logger).RunAsync(stoppingToken));
                    break;
            }
        }

        await Task.WhenAll(listeners);
    }

    private static T Require<T>(T? client, FunctionDefinition function) where T : class =>
        client ?? throw new FunctionConfigurationException($"function '{function.Name}' needs storage: set 'AzureWebJobsStorage' in Values.");

    private TimeZoneInfo ResolveTimeZone()
    {
        var id = _options.GetValue("WEBSITE_TIME_ZONE");
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new FunctionConfigurationException($"Setting 'WEBSITE_TIME_ZONE' names an unknown time zone '{id}' (use e.g. 'W. Europe Standard Time' or 'Europe/Amsterdam').");
    }

    private static string FirstAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
