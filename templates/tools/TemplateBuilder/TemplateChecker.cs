using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Automatisering.TemplateBuilder;

/// <summary>
/// Checks a template the way the engine will read it: valid Open XML, nothing active or external,
/// every tag declared in the schema (with list scoping) and every schema field used; and checks sample data
/// against the schema. Errors name the file, the field and the reason.
/// </summary>
public static partial class TemplateChecker
{
    private static readonly XNamespace W = Wml.W;

    // {/} (empty name right after the slash) is docxtemplater's short close, which the engine accepts too.
    [GeneratedRegex(@"\{([#^/%]?)([A-Za-z_][A-Za-z0-9_.]*|(?<=\{/))\}")]
    private static partial Regex TagPattern();

    public static List<string> CheckDocx(string path, JsonObject schema)
    {
        var errors = new List<string>();
        using (var doc = WordprocessingDocument.Open(path, false))
        {
            var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
            foreach (var e in validator.Validate(doc))
                errors.Add($"{path}: Open XML: {e.Description} ({e.Part?.Uri} {e.Path?.XPath})");
        }

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
                errors.Add($"{path}: contains macros ({entry.FullName})");
            if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            if (xml.Contains("TargetMode=\"External\"", StringComparison.Ordinal))
                errors.Add($"{path}: external relationship in {entry.FullName}");
            if (xml.Contains("altChunk", StringComparison.Ordinal) || xml.Contains("macroEnabled", StringComparison.Ordinal))
                errors.Add($"{path}: altChunk or macro content type in {entry.FullName}");
        }

        var fields = Fields(schema);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in new[] { "word/document.xml", "word/header1.xml", "word/footer1.xml" })
        {
            var entry = zip.GetEntry(part);
            if (entry is null) continue;
            XDocument x;
            using (var st = entry.Open()) x = XDocument.Load(st);
            var tokens = x.Descendants(W + "p")
                .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))
                .SelectMany(text => TagPattern().Matches(text).Select(m => (Kind: m.Groups[1].Value, Name: m.Groups[2].Value)));
            CheckTokens($"{path} ({part})", tokens, fields, used, errors);
        }
        foreach (var f in AllPaths(fields, ""))
            if (!used.Contains(f))
                errors.Add($"{path}: schema field '{f}' is not used in the template");
        return errors;
    }

    private sealed record Scope(string Name, Dictionary<string, JsonObject> Fields, string Path);

    private static void CheckTokens(string where, IEnumerable<(string Kind, string Name)> tokens,
        Dictionary<string, JsonObject> root, HashSet<string> used, List<string> errors)
    {
        var stack = new Stack<Scope>();
        stack.Push(new Scope("", root, ""));
        foreach (var (kind, name) in tokens)
        {
            if (kind == "/")
            {
                if (stack.Count == 1 || (name.Length > 0 && stack.Peek().Name != name))
                    errors.Add($"{where}: '{{/{name}}}' closes nothing open (open: '{(stack.Count > 1 ? stack.Peek().Name : "-")}')");
                else stack.Pop();
                continue;
            }
            var hit = stack.Select(sc => sc.Fields.TryGetValue(name, out var f) ? (sc, f) : default).FirstOrDefault(h => h.f is not null);
            if (hit.f is null)
            {
                errors.Add($"{where}: tag '{{{kind}{name}}}' is not in the schema (scope '{stack.Peek().Path}')");
                if (kind is "#" or "^") stack.Push(new Scope(name, [], stack.Peek().Path));
                continue;
            }
            var path = hit.sc.Path.Length == 0 ? name : $"{hit.sc.Path}.{name}";
            used.Add(path);
            var type = (string?)hit.f["type"];
            switch (kind)
            {
                case "#" or "^":
                    if (type is not ("list" or "boolean"))
                        errors.Add($"{where}: section '{{{kind}{name}}}' needs a list or boolean, schema says '{type}'");
                    stack.Push(type == "list" && kind == "#"
                        ? new Scope(name, Fields(hit.f), path)
                        : new Scope(name, [], stack.Peek().Path));
                    break;
                case "%":
                    if (type != "image") errors.Add($"{where}: image tag '{{%{name}}}' but schema type is '{type}'");
                    break;
                default:
                    if (type is "list" or "image" or "boolean")
                        errors.Add($"{where}: '{{{name}}}' prints a value, but schema type is '{type}'");
                    break;
            }
        }
        if (stack.Count > 1)
            errors.Add($"{where}: section '{{#{stack.Peek().Name}}}' is never closed");
    }

    public static Dictionary<string, JsonObject> Fields(JsonNode? owner) =>
        (owner?["fields"] as JsonArray ?? [])
        .OfType<JsonObject>()
        .ToDictionary(f => (string)f["name"]!, f => f, StringComparer.Ordinal);

    private static IEnumerable<string> AllPaths(Dictionary<string, JsonObject> fields, string prefix)
    {
        foreach (var (name, f) in fields)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            yield return path;
            foreach (var sub in AllPaths(Fields(f), path)) yield return sub;
        }
    }

    /// <summary>Validates data against the schema; unknown keys are reported as warnings, not errors.</summary>
    public static (List<string> Errors, List<string> Warnings) CheckData(string source, JsonObject schema, JsonObject data)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        CheckObject(source, Fields(schema), data, "", errors, warnings);
        return (errors, warnings);
    }

    private static void CheckObject(string src, Dictionary<string, JsonObject> fields, JsonObject data, string prefix,
        List<string> errors, List<string> warnings)
    {
        foreach (var (name, f) in fields)
        {
            var path = prefix + name;
            var value = data[name];
            var required = (bool?)f["required"] ?? false;
            if (value is null)
            {
                if (required) errors.Add($"{src}: '{path}' is required but missing");
                continue;
            }
            var type = (string)f["type"]!;
            var kind = value.GetValueKind();
            var ok = type switch
            {
                "string" or "text" or "date" or "image" => kind == System.Text.Json.JsonValueKind.String,
                "number" => kind == System.Text.Json.JsonValueKind.Number,
                "boolean" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
                "list" => kind == System.Text.Json.JsonValueKind.Array,
                _ => false,
            };
            if (!ok) { errors.Add($"{src}: '{path}' should be {type}, is {kind}"); continue; }
            if (kind == System.Text.Json.JsonValueKind.String)
            {
                var s = value.GetValue<string>();
                if (required && s.Length == 0) errors.Add($"{src}: '{path}' is required but empty");
                if (f["maxLength"] is JsonNode max && s.Length > (int)max)
                    errors.Add($"{src}: '{path}' is {s.Length} characters, at most {(int)max} allowed");
                if (type == "date" && s.Length > 0 && !IsDate(s))
                    errors.Add($"{src}: '{path}' = '{s}' is not a date (dd-MM-yyyy or yyyy-MM-dd)");
                if (type == "string" && s.Contains('\n'))
                    warnings.Add($"{src}: '{path}' is a one-line field but contains a line break");
            }
            if (type == "list")
            {
                var i = 0;
                foreach (var item in value.AsArray())
                {
                    if (item is JsonObject o) CheckObject(src, Fields(f), o, $"{path}[{i}].", errors, warnings);
                    else errors.Add($"{src}: '{path}[{i}]' should be an object");
                    i++;
                }
            }
        }
        foreach (var (key, _) in data)
            if (!fields.ContainsKey(key)) warnings.Add($"{src}: '{prefix}{key}' is not in the schema");
    }

    private static bool IsDate(string s) =>
        DateOnly.TryParseExact(s, ["dd-MM-yyyy", "yyyy-MM-dd"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out _);
}
