using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Automatisering.LocalHost.Worker;

public sealed class InProcessWorker : IRunningWorker
{
    private readonly IHost _host;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InProcessWorker(IHost host)
    {
        _host = host;
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() => _exited.TrySetResult());
    }

    public Task Exited => _exited.Task;

    public int? ProcessId => null;

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
            _host.Dispose();
            _exited.TrySetResult();
        }
    }
}
