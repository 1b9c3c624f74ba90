namespace Automatisering.LocalHost.Worker;

/// <summary>What a worker needs to connect to this host, as the real host passes it on the command line and in the environment.</summary>
public sealed record WorkerStartContext(
    Uri GrpcUri,
    string WorkerId,
    string RequestId,
    int GrpcMaxMessageLength,
    string ApplicationDirectory,
    string WorkerDirectory,
    IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>The arguments the Functions host gives a dotnet-isolated worker (both spellings; the worker reads the first set).</summary>
    public IReadOnlyList<string> Arguments =>
    [
        "--host", GrpcUri.Host,
        "--port", GrpcUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--workerId", WorkerId,
        "--requestId", RequestId,
        "--grpcMaxMessageLength", GrpcMaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--functions-uri", GrpcUri.AbsoluteUri,
        "--functions-worker-id", WorkerId,
        "--functions-request-id", RequestId,
        "--functions-grpc-max-message-length", GrpcMaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    /// <summary>
    /// The worker's environment: all app settings plus the runtime variables. Without FUNCTIONS_APPLICATION_DIRECTORY
    /// the worker answers every HTTP request with 500 "Cannot determine script root directory".
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment
    {
        get
        {
            var environment = new Dictionary<string, string?>(Values, StringComparer.Ordinal)
            {
                ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
                ["FUNCTIONS_APPLICATION_DIRECTORY"] = ApplicationDirectory,
                ["FUNCTIONS_WORKER_DIRECTORY"] = WorkerDirectory,
                ["AzureWebJobsScriptRoot"] = ApplicationDirectory,
            };
            return environment;
        }
    }

    /// <summary>The same settings as the worker's in-memory configuration keys, for an in-process worker.</summary>
    public IReadOnlyDictionary<string, string?> WorkerConfiguration => new Dictionary<string, string?>
    {
        ["Functions:Worker:HostEndpoint"] = GrpcUri.AbsoluteUri,
        ["Functions:Worker:WorkerId"] = WorkerId,
        ["Functions:Worker:RequestId"] = RequestId,
        ["Functions:Worker:GrpcMaxMessageLength"] = GrpcMaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
