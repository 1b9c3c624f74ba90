using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Automatisering.Templating;

/// <summary>
/// Finds templates under a root directory: <c>&lt;gemeente&gt;/&lt;name&gt;.docx</c> overrides
/// <c>default/&lt;name&gt;.docx</c>; the schema is <c>&lt;gemeente&gt;/&lt;name&gt;.schema.json</c> when present,
/// else <c>default/&lt;name&gt;.schema.json</c>. Each file is compiled once (thread-safe) and cached.
/// </summary>
public sealed partial class TemplateCatalog(string rootDirectory, TemplateOptions? options = null)
{
    private const string DefaultFolder = "default";
    private readonly string root = Path.GetFullPath(rootDirectory);
    private readonly ConcurrentDictionary<(string TemplatePath, string? SchemaPath), Lazy<(DocumentTemplate, TemplateSchema?)>> cache = new();

    /// <summary>Throws <see cref="FileNotFoundException"/> when neither the gemeente nor the default folder has the template.</summary>
    public CatalogTemplate Get(string gemeente, string name)
    {
        return TryGet(gemeente, name) ?? throw new FileNotFoundException($"Sjabloon '{name}' bestaat niet voor gemeente '{gemeente}' en ook niet in '{DefaultFolder}'.");
    }

    public CatalogTemplate? TryGet(string gemeente, string name)
    {
        if (!SafeName().IsMatch(gemeente) || !SafeName().IsMatch(name))
        {
            throw new ArgumentException($"Ongeldige gemeente of sjabloonnaam ('{gemeente}', '{name}'): alleen letters, cijfers, '-' en '_'.");
        }

        var templatePath = FirstExisting(gemeente, name + ".docx");
        if (templatePath is null)
        {
            return null;
        }

        var schemaPath = FirstExisting(gemeente, name + ".schema.json");
        var lazy = cache.GetOrAdd((templatePath, schemaPath), key => new Lazy<(DocumentTemplate, TemplateSchema?)>(
            () => Load(key.TemplatePath, key.SchemaPath), LazyThreadSafetyMode.ExecutionAndPublication));
        DocumentTemplate template;
        TemplateSchema? schema;
        try
        {
            (template, schema) = lazy.Value;
        }
        catch
        {
            // A broken file must not stay cached as broken once someone fixes it.
            cache.TryRemove(new KeyValuePair<(string, string?), Lazy<(DocumentTemplate, TemplateSchema?)>>((templatePath, schemaPath), lazy));
            throw;
        }

        return new CatalogTemplate(gemeente, name, template, schema, templatePath);
    }

    private string? FirstExisting(string gemeente, string fileName)
    {
        foreach (var folder in new[] { gemeente, DefaultFolder })
        {
            var path = Path.Combine(root, folder, fileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private (DocumentTemplate, TemplateSchema?) Load(string templatePath, string? schemaPath)
    {
        using var docx = File.OpenRead(templatePath);
        var template = DocumentTemplate.Compile(docx, options, Path.GetFileName(templatePath));
        TemplateSchema? schema = null;
        if (schemaPath is not null)
        {
            using var json = File.OpenRead(schemaPath);
            schema = TemplateSchema.Load(json);
        }

        return (template, schema);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex SafeName();
}
