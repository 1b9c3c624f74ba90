using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Automatisering.Benchmarks;

/// <summary>An in-memory Azurite from the repository's node_modules on free ports, stopped at the end.</summary>
internal sealed class Azurite : IDisposable
{
    private readonly Process _process;

    private Azurite(Process process, string connectionString)
    {
        _process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<Azurite> StartAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Automatisering.sln")))
        {
            root = root.Parent;
        }

        var script = Path.Combine(root?.FullName ?? throw new InvalidOperationException("repository root not found"), "node_modules", "azurite", "dist", "src", "azurite.js");
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var process = Process.Start(new ProcessStartInfo("node", [script, "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--blobPort", $"{blob}", "--queuePort", $"{queue}", "--tablePort", $"{table}"]) { RedirectStandardOutput = true })!;
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;";
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await new BlobServiceClient(connection).GetPropertiesAsync();
                return new Azurite(process, connection);
            }
            catch (Exception) when (i < 99)
            {
                await Task.Delay(200);
            }
        }

        throw new InvalidOperationException("Azurite did not start");
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
