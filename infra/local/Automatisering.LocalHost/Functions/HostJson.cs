using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automatisering.LocalHost.Functions;

/// <summary>The parts of the script root's host.json the host honours: queue settings and the HTTP route prefix.</summary>
public sealed record HostJson(QueueHostSettings Queues, string RoutePrefix)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static HostJson Load(string scriptRoot)
    {
        var file = Path.Combine(scriptRoot, "host.json");
        if (!File.Exists(file))
        {
            // The real host refuses to start without it too; say where we looked, since --script-root is easy to get wrong.
            throw new FunctionConfigurationException($"host.json not found in the script root '{scriptRoot}'. Point --script-root at the worker's build output (the folder with host.json, functions.metadata and the worker dll).");
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) as JsonObject ?? throw new FunctionConfigurationException($"{file}: the file must hold a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FunctionConfigurationException($"{file}: malformed JSON: {ex.Message}", ex);
        }

        var queues = new QueueHostSettings();
        if (root["extensions"]?["queues"] is JsonObject queueSection)
        {
            try
            {
                queues = queueSection.Deserialize<QueueHostSettings>(JsonOptions) ?? queues;
            }
            catch (JsonException ex)
            {
                throw new FunctionConfigurationException($"{file}: extensions.queues is invalid: {ex.Message}", ex);
            }
        }

        // An explicit empty prefix is allowed and means routes start at the root.
        var prefix = root["extensions"]?["http"]?["routePrefix"] is JsonValue value && value.TryGetValue<string>(out var p) ? p : "api";
        return new HostJson(queues, prefix.Trim('/'));
    }
}
