using System.Text.Json;
using System.Text.Json.Nodes;

namespace Automatisering.LocalHost;

/// <summary>The CLI's arguments, and local.settings.json's <c>Values</c> as Core Tools reads them.</summary>
internal static class CommandLine
{
    public static LocalHostOptions Parse(string[] args)
    {
        string? scriptRoot = null, settings = null;
        var port = 7071;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--script-root": scriptRoot = Next(); break;
                case "--port": port = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--settings": settings = Next(); break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: --script-root <dir> [--port 7071] [--settings <local.settings.json>]");
            }
        }

        if (scriptRoot is null)
        {
            throw new ArgumentException("--script-root <dir> is required: the worker's build output (host.json, functions.metadata, the worker dll).");
        }

        return new LocalHostOptions { ScriptRoot = scriptRoot, HttpPort = port, Values = ReadValues(settings) };
    }

    /// <summary>Values from the settings file; an environment variable of the same name wins, as with Core Tools.</summary>
    internal static Dictionary<string, string?> ReadValues(string? settingsFile)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (settingsFile is not null)
        {
            var root = JsonNode.Parse(File.ReadAllText(settingsFile), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            foreach (var (name, value) in root?["Values"] as JsonObject ?? [])
            {
                values[name] = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString();
            }
        }

        foreach (var name in values.Keys.ToList())
        {
            if (Environment.GetEnvironmentVariable(name) is { } fromEnvironment)
            {
                values[name] = fromEnvironment;
            }
        }

        return values;
    }
}
