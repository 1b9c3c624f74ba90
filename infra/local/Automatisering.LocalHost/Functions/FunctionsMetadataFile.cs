using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.LocalHost.Rpc;

namespace Automatisering.LocalHost.Functions;

/// <summary>
/// Reads <c>functions.metadata</c> (written by the Worker.Sdk at build time) into load requests. Used when the
/// worker asks for host indexing (<c>use_default_metadata_indexing</c>) instead of reporting its functions itself.
/// </summary>
public static class FunctionsMetadataFile
{
    public static IReadOnlyList<RpcFunctionMetadata> Read(string scriptRoot)
    {
        var file = Path.Combine(scriptRoot, "functions.metadata");
        if (!File.Exists(file))
        {
            throw new FunctionConfigurationException($"functions.metadata not found in '{scriptRoot}'; the worker asked the host to index its functions.");
        }

        JsonArray functions;
        try
        {
            functions = JsonNode.Parse(File.ReadAllText(file)) as JsonArray
                ?? throw new FunctionConfigurationException($"{file}: the file must hold a JSON array.");
        }
        catch (JsonException ex)
        {
            throw new FunctionConfigurationException($"{file}: malformed JSON: {ex.Message}", ex);
        }

        var result = new List<RpcFunctionMetadata>();
        foreach (var function in functions.OfType<JsonObject>())
        {
            var name = (string?)function["name"] ?? throw new FunctionConfigurationException($"{file}: a function has no name.");
            var metadata = new RpcFunctionMetadata
            {
                Name = name,
                // The host invents ids only when it indexes; with worker indexing the worker's own ids are used.
                FunctionId = Guid.NewGuid().ToString(),
                ScriptFile = (string?)function["scriptFile"] ?? string.Empty,
                EntryPoint = (string?)function["entryPoint"] ?? string.Empty,
                Language = (string?)function["language"] ?? "dotnet-isolated",
                Directory = scriptRoot,
            };
            foreach (var binding in function["bindings"] as JsonArray ?? [])
            {
                if (binding is not JsonObject obj)
                {
                    continue;
                }

                metadata.RawBindings.Add(obj.ToJsonString());
                var bindingName = (string?)obj["name"] ?? string.Empty;
                var direction = ((string?)obj["direction"])?.ToLowerInvariant() switch
                {
                    "out" => BindingInfo.Types.Direction.Out,
                    "inout" => BindingInfo.Types.Direction.Inout,
                    _ => BindingInfo.Types.Direction.In,
                };
                var dataType = ((string?)obj["dataType"])?.ToLowerInvariant() switch
                {
                    "string" => BindingInfo.Types.DataType.String,
                    "binary" => BindingInfo.Types.DataType.Binary,
                    "stream" => BindingInfo.Types.DataType.Stream,
                    _ => BindingInfo.Types.DataType.Undefined,
                };
                metadata.Bindings[bindingName] = new BindingInfo { Type = (string?)obj["type"] ?? string.Empty, Direction = direction, DataType = dataType };
            }

            result.Add(metadata);
        }

        return result;
    }
}
