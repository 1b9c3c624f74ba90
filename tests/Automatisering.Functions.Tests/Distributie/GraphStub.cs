using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>
/// Microsoft Graph played by a WireMock.Net server on a free port, in the terms the Graph tests speak: rules answer
/// in the order they were added (a rule may be limited to a number of requests, e.g. one 429 first), every request is
/// in WireMock's request log, and an unmatched request gets a Graph-shaped 404 so the SDK fails the way it would.
/// Graph is served at http://127.0.0.1:{port}/v1.0; upload URLs it hands out use http://localhost:{port}/upload,
/// another host, as Graph's real upload URLs are.
/// </summary>
public sealed class GraphStub : IAsyncDisposable
{
    private const int Fallback = int.MaxValue;
    private const string Beantwoord = "beantwoord";

    private readonly WireMockServer _server;
    private int _priority;
    private int _inFlight;
    private int _maxInFlight;

    private GraphStub(WireMockServer server)
    {
        _server = server;
        _server.Given(Request.Create().UsingAnyMethod())
            .AtPriority(Fallback)
            .RespondWith(Antwoord(_ => GraphStubAntwoord.Error(404, "StubNoRule")));
    }

    public int Port => _server.Port;
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1.0";
    public string UploadBaseUrl => $"http://localhost:{Port}/upload";

    /// <summary>Every answer waits this long first, so concurrent requests overlap.</summary>
    public TimeSpan Vertraging { get; set; }

    /// <summary>Every request received, in order of arrival: path and query unescaped, headers and body verbatim.</summary>
    public IReadOnlyList<GraphStubVerzoek> Verzoeken =>
        _server.LogEntries.Select(e => e.RequestMessage).OfType<IRequestMessage>().OrderBy(r => r.DateTime).Select(Verzoek).ToList();

    /// <summary>The most requests that were being answered at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static Task<GraphStub> StartAsync() =>
        Task.FromResult(new GraphStub(WireMockServer.Start(new WireMockServerSettings { Port = 0, StartAdminInterface = false })));

    /// <param name="keer">How many requests this rule answers; null: all.</param>
    public GraphStub Bij(string method, string path, Func<GraphStubVerzoek, GraphStubAntwoord> antwoord, int? keer = null) =>
        Bij(method, p => p == path, antwoord, keer);

    public GraphStub Bij(string method, Func<string, bool> path, Func<GraphStubVerzoek, GraphStubAntwoord> antwoord, int? keer = null)
    {
        // WireMock prefers the lowest priority number among matching mappings: numbering them in order keeps
        // "first added rule wins", which the tests' "first a 429, then success" sequences rely on.
        var regel = _server.Given(Request.Create().UsingMethod(method).WithPath(p => path(Uri.UnescapeDataString(p))))
            .AtPriority(Interlocked.Increment(ref _priority));
        if (keer is { } aantal)
        {
            // A scenario of its own: the mapping is the scenario's start state and leaves it after `aantal` answers.
            regel = regel.InScenario(Guid.NewGuid().ToString("n")).WillSetStateTo(Beantwoord, aantal);
        }

        regel.RespondWith(Antwoord(antwoord));
        return this;
    }

    public GraphStub Bij(string method, string path, GraphStubAntwoord antwoord, int? keer = null) => Bij(method, path, _ => antwoord, keer);

    public GraphStub Bij(string method, Func<string, bool> path, GraphStubAntwoord antwoord, int? keer = null) => Bij(method, path, _ => antwoord, keer);

    private IResponseBuilder Antwoord(Func<GraphStubVerzoek, GraphStubAntwoord> antwoord) =>
        Response.Create().WithCallback(async request =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            try
            {
                int max;
                while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
                {
                }

                if (Vertraging > TimeSpan.Zero)
                {
                    await Task.Delay(Vertraging);
                }

                return Bericht(antwoord(Verzoek(request)));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });

    private static ResponseMessage Bericht(GraphStubAntwoord antwoord)
    {
        var bericht = new ResponseMessage { StatusCode = antwoord.Status };
        foreach (var (name, value) in antwoord.Headers ?? new Dictionary<string, string>())
        {
            bericht.AddHeader(name, value);
        }

        if (antwoord.Json is { } json)
        {
            bericht.AddHeader("Content-Type", "application/json");
            bericht.BodyData = new WireMock.Util.BodyData { DetectedBodyType = WireMock.Types.BodyType.String, BodyAsString = json };
        }
        else if (antwoord.Bytes is { } bytes)
        {
            bericht.AddHeader("Content-Type", "application/octet-stream");
            bericht.BodyData = new WireMock.Util.BodyData { DetectedBodyType = WireMock.Types.BodyType.Bytes, BodyAsBytes = bytes };
        }

        return bericht;
    }

    private static GraphStubVerzoek Verzoek(IRequestMessage request) => new(
        request.Method,
        request.Host,
        Uri.UnescapeDataString(request.Path),
        Uri.UnescapeDataString(request.RawQuery ?? ""),
        request.Headers?.ToDictionary(h => h.Key, h => h.Value.ToString()!, StringComparer.OrdinalIgnoreCase) ?? [],
        request.BodyAsBytes ?? []);

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return ValueTask.CompletedTask;
    }
}
