using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Automatisering.LocalHost.Worker;

/// <summary>
/// Starts the worker as the Functions host does: <c>dotnet &lt;app&gt;.dll</c> from the script root, with the
/// host's arguments and environment. The app is worker.config.json's <c>description.defaultWorkerPath</c>
/// unless <paramref name="workerPath"/> names it.
/// </summary>
public sealed class ProcessWorkerLauncher(ILoggerFactory loggerFactory, string? workerPath = null) : IWorkerLauncher
{
    /// <summary>Variables of the host's own environment a worker must not inherit: they would pin its HTTP port.</summary>
    private static readonly string[] NotInherited = ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS"];

    public Task<IRunningWorker> StartAsync(WorkerStartContext context, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(context.ApplicationDirectory, workerPath ?? ReadDefaultWorkerPath(context.ApplicationDirectory));
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The worker '{dll}' does not exist; build the function app first.", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = context.ApplicationDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in context.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in NotInherited)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in context.Environment)
        {
            start.Environment[name] = value;
        }

        var logger = loggerFactory.CreateLogger("Worker");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                HostLog.WorkerOutput(logger, e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                HostLog.WorkerError(logger, e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        HostLog.WorkerProcessStarted(logger, process.Id, dll);
        return Task.FromResult<IRunningWorker>(new WorkerProcess(process));
    }

    private static string ReadDefaultWorkerPath(string directory)
    {
        var config = Path.Combine(directory, "worker.config.json");
        if (File.Exists(config) && JsonNode.Parse(File.ReadAllText(config))?["description"]?["defaultWorkerPath"] is JsonValue path
            && path.TryGetValue<string>(out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        throw new FileNotFoundException($"'{config}' does not name the worker (description.defaultWorkerPath); build the function app with the Worker.Sdk.", config);
    }
}
