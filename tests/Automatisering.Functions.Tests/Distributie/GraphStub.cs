using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>
/// A local HTTP stand-in for Microsoft Graph on a free loopback port (WireMock.Net's dependencies are not in the
/// package registry copy here, so this is Kestrel with programmed answers): it records every request and answers
/// by the first matching rule; an unmatched request gets a 404 and is recorded too, so a test sees it.
/// Graph is served at http://127.0.0.1:{port}/v1.0; upload URLs it hands out use http://localhost:{port}/upload,
/// another host, as Graph's real upload URLs are.
/// </summary>
public sealed class GraphStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Method, Func<string, bool> Path, Func<GraphStubVerzoek, GraphStubAntwoord> Antwoord, int[] Keer)> _regels = [];
    private readonly ConcurrentQueue<GraphStubVerzoek> _verzoeken = new();
    private int _inFlight;
    private int _maxInFlight;

    private GraphStub(WebApplication app) => _app = app;

    public int Port { get; private set; }
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1.0";
    public string UploadBaseUrl => $"http://localhost:{Port}/upload";

    /// <summary>Every answer waits this long first, so concurrent requests overlap.</summary>
    public TimeSpan Vertraging { get; set; }

    public IReadOnlyList<GraphStubVerzoek> Verzoeken => _verzoeken.ToArray();
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static async Task<GraphStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new GraphStub(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        stub.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        return stub;
    }

    /// <param name="keer">How many requests this rule answers; null: all.</param>
    public GraphStub Bij(string method, string path, Func<GraphStubVerzoek, GraphStubAntwoord> antwoord, int? keer = null) =>
        Bij(method, p => p == path, antwoord, keer);

    public GraphStub Bij(string method, Func<string, bool> path, Func<GraphStubVerzoek, GraphStubAntwoord> antwoord, int? keer = null)
    {
        lock (_regels)
        {
            _regels.Add((method, path, antwoord, [keer ?? int.MaxValue]));
        }

        return this;
    }

    public GraphStub Bij(string method, string path, GraphStubAntwoord antwoord, int? keer = null) => Bij(method, path, _ => antwoord, keer);

    public GraphStub Bij(string method, Func<string, bool> path, GraphStubAntwoord antwoord, int? keer = null) => Bij(method, path, _ => antwoord, keer);

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var request = context.Request;
            var verzoek = new GraphStubVerzoek(
                request.Method,
                request.Host.Host,
                Uri.UnescapeDataString(request.Path.Value ?? ""),
                Uri.UnescapeDataString(request.QueryString.Value ?? ""),
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray());
            _verzoeken.Enqueue(verzoek);

            GraphStubAntwoord? antwoord = null;
            lock (_regels)
            {
                foreach (var regel in _regels)
                {
                    if (regel.Method == verzoek.Method && regel.Path(verzoek.Path) && regel.Keer[0] > 0)
                    {
                        regel.Keer[0]--;
                        antwoord = regel.Antwoord(verzoek);
                        break;
                    }
                }
            }

            antwoord ??= GraphStubAntwoord.Error(404, "StubNoRule");
            if (Vertraging > TimeSpan.Zero)
            {
                await Task.Delay(Vertraging);
            }

            context.Response.StatusCode = antwoord.Status;
            foreach (var (name, value) in antwoord.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (antwoord.Json is { } json)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json);
            }
            else if (antwoord.Bytes is { } bytes)
            {
                context.Response.ContentType = "application/octet-stream";
                await context.Response.Body.WriteAsync(bytes);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
