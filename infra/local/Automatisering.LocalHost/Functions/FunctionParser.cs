using System.Text.Json;
using NCrontab;

namespace Automatisering.LocalHost.Functions;

/// <summary>Turns a function's raw binding JSON into checked <see cref="BindingDefinition"/>s, resolving <c>%Setting%</c> references.</summary>
public static partial class FunctionParser
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static FunctionDefinition Parse(string name, IEnumerable<string> rawBindings, Func<string, string?> resolveSetting)
    {
        var bindings = new List<BindingDefinition>();
        foreach (var raw in rawBindings)
        {
            BindingDefinition? binding;
            try
            {
                binding = JsonSerializer.Deserialize<BindingDefinition>(raw, JsonOptions);
            }
            catch (JsonException ex)
            {
                throw new FunctionConfigurationException($"function '{name}': a binding is invalid: {ex.Message}", ex);
            }

            if (binding is null || string.IsNullOrWhiteSpace(binding.Type) || string.IsNullOrWhiteSpace(binding.Name))
            {
                throw new FunctionConfigurationException($"function '{name}': every binding needs a 'type' and a 'name'.");
            }

            bindings.Add(Resolve(name, binding, resolveSetting));
        }

        var triggers = bindings.Count(b => b.IsTrigger);
        if (triggers != 1)
        {
            throw new FunctionConfigurationException($"function '{name}' needs exactly one trigger binding, found {triggers}.");
        }

        return new FunctionDefinition(name, bindings);
    }

    private static BindingDefinition Resolve(string function, BindingDefinition binding, Func<string, string?> resolveSetting)
    {
        // As the host: every %Name% in the value is an app setting, e.g. "%Container%/{id}.json".
        string? Setting(string? value) =>
            value is null
                ? null
                : SettingReference().Replace(value, match =>
                    resolveSetting(match.Groups[1].Value)
                    ?? throw new FunctionConfigurationException($"function '{function}': app setting '{match.Groups[1].Value}' referenced by binding '{binding.Name}' is not set."));

        var resolved = binding with
        {
            QueueName = Setting(binding.QueueName),
            Schedule = Setting(binding.Schedule),
            Path = Setting(binding.EffectivePath),
            BlobPath = null,
        };
        switch (resolved.Type.ToLowerInvariant())
        {
            case "queuetrigger" or "queue" when string.IsNullOrWhiteSpace(resolved.QueueName):
                throw new FunctionConfigurationException($"function '{function}': binding '{resolved.Name}' needs a 'queueName'.");
            case "blob" when resolved.IsOutput && string.IsNullOrWhiteSpace(resolved.Path):
                throw new FunctionConfigurationException($"function '{function}': binding '{resolved.Name}' needs a path (container/blob).");
            case "timertrigger":
                ParseSchedule(function, resolved.Schedule);
                break;
        }

        return resolved;
    }

    /// <summary>The host's NCRONTAB format has six fields, seconds first; a 5-field Unix cron is refused.</summary>
    public static CrontabSchedule ParseSchedule(string function, string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            throw new FunctionConfigurationException($"function '{function}': timerTrigger needs a 'schedule'.");
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 6)
        {
            throw new FunctionConfigurationException(
                $"function '{function}': schedule '{expression}' has {fields} fields; the Functions host needs a 6-field NCRONTAB expression '{{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}'.");
        }

        return CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new FunctionConfigurationException($"function '{function}': schedule '{expression}' is not a valid NCRONTAB expression.");
    }

    [System.Text.RegularExpressions.GeneratedRegex("%([^%]+)%")]
    private static partial System.Text.RegularExpressions.Regex SettingReference();
}
