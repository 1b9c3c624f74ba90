using System.Net;
using Automatisering.LocalHost.Tests.Infrastructure;
using Automatisering.LocalHost.Worker;

namespace Automatisering.LocalHost.Tests;

/// <summary>A host whose worker never connects: nothing is loaded, so status and HTTP answer 503 (after a bounded wait).</summary>
public sealed class NotReadyTests : IAsyncLifetime
{
    private readonly LocalFunctionsHost _host = new(
        new LocalHostOptions
        {
            ScriptRoot = AppContext.BaseDirectory,
            HttpPort = 0,
            WorkerReadyTimeout = TimeSpan.FromSeconds(1),
            WorkerLauncher = new SilentWorkerLauncher(),
        },
        new TestLog().CreateFactory());

    private HttpClient _http = null!;

    [Fact]
    public async Task HostStatus_WorkerNotConnected_ServiceUnavailable()
    {
        using var response = await _http.GetAsync("/admin/host/status");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Get_FunctionsNeverLoaded_ServiceUnavailableAfterWaiting()
    {
        using var response = await _http.GetAsync("/api/greet/Piet");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public async Task InitializeAsync()
    {
        await _host.StartAsync();
        _http = new HttpClient { BaseAddress = _host.HttpAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    /// <summary>"Starts" a worker that never connects and never exits.</summary>
    private sealed class SilentWorkerLauncher : IWorkerLauncher, IRunningWorker
    {
        private readonly TaskCompletionSource _exited = new();

        public Task Exited => _exited.Task;

        public int? ProcessId => null;

        public Task<IRunningWorker> StartAsync(WorkerStartContext context, CancellationToken cancellationToken) => Task.FromResult<IRunningWorker>(this);

        public ValueTask DisposeAsync()
        {
            _exited.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
