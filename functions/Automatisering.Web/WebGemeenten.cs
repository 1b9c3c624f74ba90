using System.Text.Json;
using Automatisering.Domain.Documenten;
using Microsoft.Extensions.Options;

namespace Automatisering.Web;

/// <summary>The display names and logos of <c>templates/gemeenten.json</c>, the same house style the documents use.</summary>
public sealed class WebGemeenten(IOptions<TemplatesOptions> options)
{
    private readonly Lazy<IReadOnlyDictionary<string, WebGemeente>> _gemeenten = new(() => Load(options.Value.ResolvedRoot));

    public WebGemeente? Find(string? slug) =>
        slug is not null && _gemeenten.Value.TryGetValue(slug, out var gemeente) ? gemeente : null;

    public string? LogoPath(string slug) =>
        Find(slug) is { Logo: { } logo } && File.Exists(Path.Combine(options.Value.ResolvedRoot, logo))
            ? Path.Combine(options.Value.ResolvedRoot, logo)
            : null;

    private static Dictionary<string, WebGemeente> Load(string root)
    {
        var path = Path.Combine(root, "gemeenten.json");
        var result = new Dictionary<string, WebGemeente>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return result;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var g in json.RootElement.GetProperty("gemeenten").EnumerateArray())
        {
            string? Text(string name) => g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var slug = Text("slug") ?? "";
            var naam = Text("naam") ?? slug;
            result[slug] = new WebGemeente(slug, naam, Text("weergavenaam") ?? $"Gemeente {naam}", Text("logo"), Text("kleur"));
        }

        return result;
    }
}
