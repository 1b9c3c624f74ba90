using System.Text.Json;
using System.Text.Json.Nodes;
using NCrontab;

namespace Automatisering.Functions.CustomHandler;

/// <summary>
/// host.json and every <c>*/function.json</c> of a script root, read and checked the way the Functions host
/// would refuse them: a malformed file, an unknown binding type or a 5-field CRON stops start-up.
/// </summary>
public sealed class FunctionCatalog
{
    private static readonly HashSet<string> KnownBindingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "httpTrigger", "http", "queueTrigger", "queue", "timerTrigger", "blob",
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private FunctionCatalog(string scriptRoot, QueueHostSettings queues, IReadOnlyList<FunctionDefinition> functions)
    {
        ScriptRoot = scriptRoot;
        Queues = queues;
        Functions = functions;
    }

    public string ScriptRoot { get; }
    public QueueHostSettings Queues { get; }
    public IReadOnlyList<FunctionDefinition> Functions { get; }

    /// <param name="resolveSetting">Resolves <c>%Name%</c> app-setting references, as the host does.</param>
    public static FunctionCatalog Load(string scriptRoot, Func<string, string?> resolveSetting)
    {
        var hostFile = Path.Combine(scriptRoot, "host.json");
        if (!File.Exists(hostFile))
        {
            throw new FunctionConfigurationException(hostFile, "host.json not found in the script root.");
        }

        var queues = ReadQueueSettings(hostFile);
        var functions = Directory.EnumerateDirectories(scriptRoot)
            .Select(dir => Path.Combine(dir, "function.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .Select(file => ReadFunction(file, resolveSetting))
            .ToList();
        return new FunctionCatalog(scriptRoot, queues, functions);
    }

    private static QueueHostSettings ReadQueueSettings(string hostFile)
    {
        var root = ParseObject(hostFile);
        if (root["extensions"]?["queues"] is not JsonObject queues)
        {
            return new QueueHostSettings();
        }

        try
        {
            return queues.Deserialize<QueueHostSettings>(JsonOptions) ?? new QueueHostSettings();
        }
        catch (JsonException ex)
        {
            throw new FunctionConfigurationException(hostFile, $"extensions.queues is invalid: {ex.Message}", ex);
        }
    }

    private static FunctionDefinition ReadFunction(string file, Func<string, string?> resolveSetting)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(file))!;
        var root = ParseObject(file);
        if (root["bindings"] is not JsonArray array || array.Count == 0)
        {
            throw new FunctionConfigurationException(file, "'bindings' must be a non-empty array.");
        }

        var bindings = new List<BindingDefinition>();
        foreach (var node in array)
        {
            BindingDefinition? binding;
            try
            {
                binding = node.Deserialize<BindingDefinition>(JsonOptions);
            }
            catch (JsonException ex)
            {
                throw new FunctionConfigurationException(file, $"a binding is invalid: {ex.Message}", ex);
            }

            if (binding is null || string.IsNullOrWhiteSpace(binding.Type) || string.IsNullOrWhiteSpace(binding.Name))
            {
                throw new FunctionConfigurationException(file, "every binding needs a 'type' and a 'name'.");
            }

            if (!KnownBindingTypes.Contains(binding.Type))
            {
                throw new FunctionConfigurationException(file, $"unknown binding type '{binding.Type}' (binding '{binding.Name}').");
            }

            bindings.Add(Resolve(binding, file, resolveSetting));
        }

        var triggers = bindings.Count(b => b.IsTrigger);
        if (triggers != 1)
        {
            throw new FunctionConfigurationException(file, $"a function needs exactly one trigger binding, found {triggers}.");
        }

        var disabled = root["disabled"] is JsonValue d && d.TryGetValue<bool>(out var isDisabled) && isDisabled;
        return new FunctionDefinition(name, file, disabled, bindings);
    }

    private static BindingDefinition Resolve(BindingDefinition binding, string file, Func<string, string?> resolveSetting)
    {
        string? Setting(string? value) =>
            value is { Length: > 2 } && value.StartsWith('%') && value.EndsWith('%')
                ? resolveSetting(value[1..^1]) ?? throw new FunctionConfigurationException(file, $"app setting '{value[1..^1]}' referenced by binding '{binding.Name}' is not set.")
                : value;

        var resolved = binding with { QueueName = Setting(binding.QueueName), Schedule = Setting(binding.Schedule), Path = Setting(binding.Path) };
        switch (resolved.Type.ToLowerInvariant())
        {
            case "queuetrigger" or "queue" when string.IsNullOrWhiteSpace(resolved.QueueName):
                throw new FunctionConfigurationException(file, $"binding '{resolved.Name}' needs a 'queueName'.");
            case "blob" when string.IsNullOrWhiteSpace(resolved.Path):
                throw new FunctionConfigurationException(file, $"binding '{resolved.Name}' needs a 'path' (container/blob).");
            case "timertrigger":
                ParseSchedule(resolved.Schedule, file);
                break;
        }

        return resolved;
    }

    /// <summary>The host's NCRONTAB format has six fields, seconds first; a 5-field Unix cron is refused.</summary>
    public static CrontabSchedule ParseSchedule(string? expression, string file)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw new FunctionConfigurationException(file, "timerTrigger needs a 'schedule'.");
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 6)
        {
            throw new FunctionConfigurationException(file,
                $"schedule '{expression}' has {fields} fields; the Functions host needs a 6-field NCRONTAB expression '{{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}'.");
        }

        return CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new FunctionConfigurationException(file, $"schedule '{expression}' is not a valid NCRONTAB expression.");
    }

    private static JsonObject ParseObject(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) as JsonObject ?? throw new FunctionConfigurationException(file, "the file must hold a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FunctionConfigurationException(file, $"malformed JSON: {ex.Message}", ex);
        }
    }
}
