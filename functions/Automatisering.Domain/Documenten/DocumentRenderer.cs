using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Templating;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// Renders a template in a municipality's house style: the gemeente's own template when it has one, else the
/// default; its logo filled in from <c>templates/&lt;gemeente&gt;/logo.png</c> unless the data brings one.
/// <see cref="ResolveAsync"/> prefers the version the functioneel beheerder activated (<see cref="SjabloonStore"/>).
/// </summary>
public sealed class DocumentRenderer(IOptions<TemplatesOptions> options, SjabloonStore? sjablonen = null)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly TemplateCatalog _catalog = new(options.Value.ResolvedRoot);
    private readonly ConcurrentDictionary<string, string?> _logos = new(StringComparer.OrdinalIgnoreCase);

    // Uploaded versions are immutable, so the active one is kept compiled; only the small index is read per
    // document, so an activation in the web app is seen at once by the function app. One entry per gemeente and
    // type (the version active now), so uploads and activations over the life of the process do not pile up.
    private readonly ConcurrentDictionary<string, (string Id, Lazy<Task<DocumentTemplate>> Template)> _uploaded = new(StringComparer.Ordinal);

    /// <summary>The shipped template (the gemeente's house style, else the default); never an uploaded one.</summary>
    public CatalogTemplate? Find(string gemeente, string name) => _catalog.TryGet(gemeente, name);

    /// <summary>
    /// The template a new document is made with: the gemeente's active uploaded version when there is one (with the
    /// shipped template's schema, which the upload was checked against), else the shipped template; null when
    /// neither exists.
    /// </summary>
    public async Task<GekozenSjabloon?> ResolveAsync(string gemeente, string name, CancellationToken cancellationToken = default)
    {
        if (Find(gemeente, name) is not { } shipped)
        {
            return null;
        }

        if (sjablonen is null || (await sjablonen.GetIndexAsync(gemeente, name, cancellationToken)).Actief is not { } nummer)
        {
            return new GekozenSjabloon(shipped, SjabloonStore.Standaard);
        }

        var id = SjabloonStore.Id(gemeente, name, nummer);
        var plek = $"{gemeente.ToLowerInvariant()}/{name}";
        var entry = _uploaded.AddOrUpdate(
            plek,
            _ => (id, Compile(gemeente, name, nummer, id)),
            (_, cached) => cached.Id == id ? cached : (id, Compile(gemeente, name, nummer, id)));
        try
        {
            return new GekozenSjabloon(shipped with { Template = await entry.Template.Value, TemplatePath = id }, id);
        }
        catch
        {
            // A failed read must not stay cached as failed.
            _uploaded.TryRemove(new KeyValuePair<string, (string, Lazy<Task<DocumentTemplate>>)>(plek, entry));
            throw;
        }
    }

    /// <summary>How many uploaded versions are kept compiled (for the test that they do not pile up).</summary>
    internal int GecompileerdeUploads => _uploaded.Count;

    private Lazy<Task<DocumentTemplate>> Compile(string gemeente, string name, int nummer, string id) => new(async () =>
    {
        var docx = await sjablonen!.GetDocxAsync(gemeente, name, nummer, CancellationToken.None)
            ?? throw new InvalidOperationException($"template {id} is active but its blob is missing");
        return DocumentTemplate.Compile(new MemoryStream(docx), fileName: $"v{nummer}.docx");
    });

    /// <returns>The field errors (nothing rendered), or the .docx.</returns>
    public RenderOutcome Render(CatalogTemplate template, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return new RenderOutcome([new FieldError("$", "de gegevens moeten een JSON-object zijn", "type")], null);
        }

        var errors = template.Schema?.Validate(data) ?? [];
        if (errors.Count > 0)
        {
            return new RenderOutcome(errors, null);
        }

        return new RenderOutcome([], template.Template.Render(WithLogo(template.Gemeente, data), Properties(template, data)));
    }

    /// <summary>
    /// The document's title and subject from its fields (the archive and screen readers name a PDF by them): the
    /// title is its own subject line (onderwerp, titel or kop), else the kind of document with whose and when (a
    /// besluitenlijst); the subject is the kind of document (the schema's title) and for whom.
    /// </summary>
    private static CoreProperties Properties(CatalogTemplate template, JsonElement data)
    {
        string? Text(string field) =>
            data.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()!.Trim()
                : null;

        var soort = template.Schema?.Title ?? template.Name;
        var van = Text("gemeente") ?? Text("afzender") ?? Text("samenwerkingsverband");
        var titel = Text("onderwerp") ?? Text("titel") ?? Text("kop") ?? string.Join(" ", new[] { soort, van, Text("datum") }.OfType<string>());
        return new CoreProperties(titel, van is null ? soort : $"{soort}, {van}");
    }

    private JsonElement WithLogo(string gemeente, JsonElement data)
    {
        if (data.TryGetProperty("logo", out var logo) && logo.ValueKind == JsonValueKind.String || Logo(gemeente) is not { } png)
        {
            return data;
        }

        var withLogo = JsonNode.Parse(data.GetRawText())!.AsObject();
        withLogo["logo"] = png;
        return JsonSerializer.SerializeToElement(withLogo);
    }

    /// <summary>The gemeente's own logo, else the default; cached per logo file, so unknown slugs add nothing.</summary>
    private string? Logo(string gemeente)
    {
        var own = Path.Combine(options.Value.ResolvedRoot, gemeente, "logo.png");
        var file = File.Exists(own) ? own : Path.Combine(options.Value.ResolvedRoot, "default", "logo.png");
        return _logos.GetOrAdd(file, path => File.Exists(path) ? Convert.ToBase64String(File.ReadAllBytes(path)) : null);
    }
}
