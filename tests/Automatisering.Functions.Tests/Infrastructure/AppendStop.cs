using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace Automatisering.Functions.Tests.Infrastructure;

/// <summary>
/// Stands for the process stopping between a state write and its audit append: during <see cref="StopsDuringAsync"/>
/// every append to an append blob fails before it reaches storage. <see cref="Blobs"/> gives a client with it in place.
/// </summary>
public sealed class AppendStop : HttpPipelineSynchronousPolicy
{
    private volatile bool _actief;

    /// <summary>Runs the action with appends failing, and asserts the action stopped there.</summary>
    public async Task StopsDuringAsync(Func<Task> actie)
    {
        _actief = true;
        try
        {
            await Assert.ThrowsAsync<ProcessStoppedException>(actie);
        }
        finally
        {
            _actief = false;
        }
    }

    public BlobServiceClient Blobs(string connectionString)
    {
        var options = new BlobClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return new BlobServiceClient(connectionString, options);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (_actief && message.Request.Uri.Query.Contains("comp=appendblock", StringComparison.Ordinal))
        {
            throw new ProcessStoppedException();
        }
    }
}
