using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Automatisering.Domain.Documenten;
using Automatisering.Templating;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Turns a dossier into template data and renders its documents in the gemeente's house style. The signed
/// version (agendapunt + collegeadvies) carries the route's roles with empty parafen, so signing does not change
/// what is signed; after the decision the agendapunt is regenerated with the parafen and "Besluit B&amp;W".
/// </summary>
public sealed class DossierDocumenten(DocumentRenderer renderer)
{
    public static readonly string[] VersionTemplates = ["agendapunt", "collegeadvies"];

    /// <summary>
    /// A name an attachment may be stored under: plain lower-case characters (it becomes part of a blob path and
    /// a download name) ending in .docx or .pdf, and not one of the generated documents it would replace.
    /// </summary>
    public static bool IsBijlageNaam(string naam) =>
        System.Text.RegularExpressions.Regex.IsMatch(naam, @"^[a-z0-9][a-z0-9._-]{0,80}\.(docx|pdf)$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
        && !VersionTemplates.Any(t => naam == t + ".docx");

    /// <summary>The documents of a new version, or the field errors (prefixed by nothing: dossier fields are shared).</summary>
    public (IReadOnlyList<FieldError> Errors, IReadOnlyDictionary<string, byte[]> Documents) RenderVersion(Dossier dossier, OrganisatieConfig org) =>
        RenderAll(dossier.Gemeente, VersionTemplates, Data(dossier, org, final: false));

    /// <summary>
    /// The field errors the fields would give in the gemeente's agendapunt and collegeadvies, without a dossier: a
    /// joint proposal's shared content is checked in the penvoerder's templates before it is shared.
    /// </summary>
    public IReadOnlyList<FieldError> Check(OrganisatieConfig org, string gemeente, string onderwerp, Persoon auteur, JsonElement velden)
    {
        // Each participant picks its own portfolio later; a placeholder stands in for what the suite fills in then.
        var data = Data(org, gemeente, onderwerp, "nog te kiezen", auteur, velden, null, [], null);
        var errors = new List<FieldError>();
        foreach (var name in VersionTemplates)
        {
            // The schema alone decides; nothing needs rendering to know what would be refused.
            var schema = (renderer.Find(gemeente, name) ?? throw new InvalidOperationException($"template '{name}' is missing")).Schema;
            errors.AddRange((schema?.Validate(Project(data, schema)) ?? []).Where(e => errors.All(known => known.Field != e.Field)));
        }

        return errors;
    }

    public byte[] RenderBesluit(Dossier dossier, OrganisatieConfig org)
    {
        var (errors, documents) = RenderAll(dossier.Gemeente, ["agendapunt"], Data(dossier, org, final: true));
        return errors.Count == 0 ? documents["agendapunt.docx"] : throw new InvalidOperationException($"agendapunt of {dossier.Id}: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}"))}");
    }

    public byte[] RenderBesluitenlijst(Collegevergadering vergadering, OrganisatieConfig org)
    {
        var gemeente = org.GetGemeente(vergadering.Gemeente);
        string Naam(Rol rol) => org.PersonenMetRol(gemeente.Slug, rol).Select(p => p.Naam).FirstOrDefault() ?? "";
        var data = new JsonObject
        {
            ["gemeente"] = $"Gemeente {gemeente.Naam}",
            ["datum"] = vergadering.Datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["voorzitter"] = org.Personen.FirstOrDefault(p => p.Gemeente == gemeente.Slug && p.Rollen.Contains("burgemeester"))?.Naam ?? "de burgemeester",
            ["secretaris"] = Naam(Rol.Gemeentesecretaris),
            ["aanwezigen"] = new JsonArray(org.PersonenMetRol(gemeente.Slug, Rol.Portefeuillehouder)
                .Select(p => (JsonNode)new JsonObject { ["naam"] = p.Naam, ["functie"] = "wethouder" }).ToArray()),
            ["agendapunten"] = new JsonArray(vergadering.Besluitenlijst().Select(r => (JsonNode)new JsonObject
            {
                ["nummer"] = r.Volgorde.ToString(CultureInfo.InvariantCulture),
                ["onderwerp"] = r.Onderwerp,
                ["portefeuillehouder"] = r.Portefeuille,
                ["hamerstuk"] = r.Soort == AgendapuntSoort.Hamerstuk,
                ["besluit"] = string.IsNullOrEmpty(r.Besluit) ? "Nog niet besloten" : r.Besluit,
                ["besluittekst"] = r.Besluittekst ?? (r.AangehoudenTot is { } tot ? $"Aangehouden tot {Datum(tot)}." : "—"),
            }).ToArray()),
        };
        var (errors, documents) = RenderAll(gemeente.Slug, ["besluitenlijst"], data);
        return errors.Count == 0 ? documents["besluitenlijst.docx"] : throw new InvalidOperationException($"besluitenlijst: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}"))}");
    }

    private (IReadOnlyList<FieldError>, IReadOnlyDictionary<string, byte[]>) RenderAll(string gemeente, IEnumerable<string> templates, JsonObject data)
    {
        var errors = new List<FieldError>();
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in templates)
        {
            var template = renderer.Find(gemeente, name) ?? throw new InvalidOperationException($"template '{name}' is missing");
            var outcome = renderer.Render(template, Project(data, template.Schema));
            errors.AddRange(outcome.Errors.Where(e => errors.All(known => known.Field != e.Field)));
            if (outcome.Docx is { } docx)
            {
                documents[name + ".docx"] = docx;
            }
        }

        return (errors, documents);
    }

    /// <summary>
    /// One template's share of the dossier data: only the fields its schema declares, also inside list items, so
    /// fields the two templates share (e.g. bijlagen) fit each template's own shape.
    /// </summary>
    private static JsonElement Project(JsonObject data, TemplateSchema? schema) =>
        JsonSerializer.SerializeToElement(schema is null ? data : Project(data, schema.Fields));

    private static JsonObject Project(JsonObject data, IReadOnlyList<SchemaField> fields)
    {
        var projected = new JsonObject();
        foreach (var field in fields)
        {
            if (!data.TryGetPropertyValue(field.Name, out var value))
            {
                continue;
            }

            projected[field.Name] = field.Fields.Count > 0 && value is JsonArray items
                ? new JsonArray(items.Select(item => item is JsonObject o ? Project(o, field.Fields) : item?.DeepClone()).ToArray())
                : field.Fields.Count > 0 && value is JsonObject nested ? Project(nested, field.Fields) : value?.DeepClone();
        }

        return projected;
    }

    private static JsonObject Data(Dossier dossier, OrganisatieConfig org, bool final)
    {
        var auteur = org.FindPersoon(dossier.AuteurId)!;
        var parafen = final
            ? dossier.Agendapunt(org).Parafen.Select(p => new ParafenRij(p.Label, p.NamensNaam is null ? p.Naam : $"{p.Naam} (namens {p.NamensNaam})", Datum(p.Datum))).ToList()
            : null;
        return Data(org, dossier.Gemeente, dossier.Onderwerp, dossier.Portefeuille, auteur, dossier.Velden, dossier.Vergaderdatum, parafen ?? [], final ? dossier.Besluit : null, dossier);
    }

    private static JsonObject Data(
        OrganisatieConfig org, string gemeente, string onderwerp, string portefeuille, Persoon auteur, JsonElement velden,
        DateOnly? vergaderdatum, IReadOnlyList<ParafenRij> parafen, GenomenBesluit? besluit, Dossier? dossier = null)
    {
        var g = org.GetGemeente(gemeente);
        var data = velden.ValueKind == JsonValueKind.Object ? JsonNode.Parse(velden.GetRawText())!.AsObject() : new JsonObject();
        var houder = org.ResolveRol(g.Slug, Rol.Portefeuillehouder, auteur.Afdeling, portefeuille).FirstOrDefault();
        data["gemeente"] = $"Gemeente {g.Naam}";
        data["nummer"] = dossier?.Id ?? "(nieuw)";
        data["onderwerp"] = onderwerp;
        data["datumVergadering"] = vergaderdatum is { } datum ? Datum(datum) : "nog te bepalen";
        data["portefeuillehouder"] = houder?.Naam ?? portefeuille;
        data["steller"] = auteur.Naam;
        data["stellerEmail"] = auteur.Email;
        data["afdeling"] ??= auteur.Afdeling;
        data["traject"] ??= new JsonArray(new JsonObject { ["gremium"] = "College", ["datum"] = vergaderdatum is { } d ? Datum(d) : "", ["status"] = "ter besluitvorming" });

        // Before the decision: one row per role of the route with who is to sign and no date; afterwards the parafen given.
        string Wie(Rol rol) => org.ResolveRol(g.Slug, rol, auteur.Afdeling, portefeuille).Select(p => p.Naam).FirstOrDefault() ?? rol.Label();
        var rows = parafen.Count > 0
            ? parafen
            : [new ParafenRij(Rol.Medewerker.Label(), auteur.Naam, ""), .. g.Route.Stappen.SelectMany(s => s.ParsedRollen).Select(r => new ParafenRij(r.Label(), Wie(r), ""))];
        data["parafen"] = new JsonArray(rows.Select(r => (JsonNode)new JsonObject { ["rol"] = r.Rol, ["naam"] = r.Naam, ["datum"] = r.Datum }).ToArray());

        data["besloten"] = besluit is not null;
        if (besluit is not null)
        {
            data["besluit"] = besluit.Uitkomst.Label();
            data["besluitDatum"] = Datum(besluit.Vergaderdatum);
            data["besluittekst"] = besluit.Tekst ?? (besluit.AangehoudenTot is { } tot ? $"Aangehouden tot de vergadering van {Datum(tot)}." : "");
        }

        return data;
    }

    private static string Datum(DateOnly? datum) => datum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    private sealed record ParafenRij(string Rol, string Naam, string Datum);
}
