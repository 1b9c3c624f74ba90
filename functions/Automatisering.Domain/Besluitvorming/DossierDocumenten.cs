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

    /// <summary>The documents of a new version with the shipped templates, or the field errors (prefixed by nothing: dossier fields are shared).</summary>
    public (IReadOnlyList<FieldError> Errors, IReadOnlyDictionary<string, byte[]> Documents) RenderVersion(Dossier dossier, OrganisatieConfig org) =>
        RenderAll(Shipped(dossier.Gemeente, VersionTemplates), Data(dossier, org, final: false));

    /// <summary>
    /// The documents of a new version with the templates <paramref name="sjablonen"/> (from <see cref="SjablonenAsync"/>:
    /// the gemeente's active uploaded ones, else the shipped ones), or the field errors.
    /// </summary>
    public (IReadOnlyList<FieldError> Errors, IReadOnlyDictionary<string, byte[]> Documents) RenderVersion(Dossier dossier, OrganisatieConfig org, IReadOnlyList<GekozenSjabloon> sjablonen) =>
        RenderAll(sjablonen, Data(dossier, org, final: false));

    /// <summary>The templates new documents of these types are made with in the gemeente, resolved once for a whole version.</summary>
    public async Task<IReadOnlyList<GekozenSjabloon>> SjablonenAsync(string gemeente, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var gekozen = new List<GekozenSjabloon>();
        foreach (var name in names)
        {
            gekozen.Add(await renderer.ResolveAsync(gemeente, name, cancellationToken) ?? throw new InvalidOperationException($"template '{name}' is missing"));
        }

        return gekozen;
    }

    /// <summary>What a dossier records: document name → template id ("steenwijkerland/agendapunt/v3" or "standaard").</summary>
    public static IReadOnlyDictionary<string, string> Herkomst(IReadOnlyList<GekozenSjabloon> sjablonen) =>
        sjablonen.ToDictionary(s => s.Template.Name + ".docx", s => s.Id, StringComparer.Ordinal);

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

    /// <summary>The schema of the gemeente's template of that name (its fields and labels), if it has one.</summary>
    public TemplateSchema? Schema(string gemeente, string name) => renderer.Find(gemeente, name)?.Schema;

    /// <summary>The agendapunt after the decision: the parafen given, the agenda number and "Besluit B&amp;W" with the decision's points.</summary>
    public byte[] RenderBesluit(Dossier dossier, OrganisatieConfig org, string? agendanummer = null) =>
        RenderBesluit(dossier, org, agendanummer, Shipped(dossier.Gemeente, ["agendapunt"])[0]);

    /// <summary>As <see cref="RenderBesluit(Dossier, OrganisatieConfig, string?)"/>, with the template the gemeente has active, and its id.</summary>
    public async Task<(byte[] Docx, string Sjabloon)> RenderBesluitAsync(Dossier dossier, OrganisatieConfig org, string? agendanummer, CancellationToken cancellationToken)
    {
        var sjabloon = (await SjablonenAsync(dossier.Gemeente, ["agendapunt"], cancellationToken))[0];
        return (RenderBesluit(dossier, org, agendanummer, sjabloon), sjabloon.Id);
    }

    private byte[] RenderBesluit(Dossier dossier, OrganisatieConfig org, string? agendanummer, GekozenSjabloon sjabloon)
    {
        var data = Data(dossier, org, final: true);
        if (agendanummer is not null)
        {
            data["agendapuntNummer"] = agendanummer;
        }

        var (errors, documents) = RenderAll([sjabloon], data);
        return errors.Count == 0 ? documents["agendapunt.docx"] : throw new InvalidOperationException($"agendapunt of {dossier.Id}: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}"))}");
    }

    /// <summary>
    /// The besluitenlijst of a meeting as sent: date, time and place, the chair and the secretaris by name, who was
    /// present and absent, and per item its number, subject, wethouder, case and registration numbers and the
    /// decision with all its points.
    /// </summary>
    public byte[] RenderBesluitenlijst(Collegevergadering vergadering, GeplandeVergadering? gepland, OrganisatieConfig org) =>
        RenderBesluitenlijst(vergadering, gepland, org, Shipped(vergadering.Gemeente, ["besluitenlijst"])[0]);

    /// <summary>As <see cref="RenderBesluitenlijst(Collegevergadering, GeplandeVergadering?, OrganisatieConfig)"/>, with the template the gemeente has active.</summary>
    public async Task<byte[]> RenderBesluitenlijstAsync(Collegevergadering vergadering, GeplandeVergadering? gepland, OrganisatieConfig org, CancellationToken cancellationToken) =>
        RenderBesluitenlijst(vergadering, gepland, org, (await SjablonenAsync(vergadering.Gemeente, ["besluitenlijst"], cancellationToken))[0]);

    private byte[] RenderBesluitenlijst(Collegevergadering vergadering, GeplandeVergadering? gepland, OrganisatieConfig org, GekozenSjabloon sjabloon)
    {
        ArgumentNullException.ThrowIfNull(vergadering);
        var gemeente = org.GetGemeente(vergadering.Gemeente);
        var aanwezigen = vergadering.Aanwezigen(org);
        var burgemeester = org.PersonenMetRol(gemeente.Slug, Rol.Burgemeester).FirstOrDefault();

        // The burgemeester chairs; when absent, the first wethouder present stands in (loco-burgemeester).
        var voorzitter = burgemeester is not null && aanwezigen.Contains(burgemeester)
            ? burgemeester.Naam
            : aanwezigen.FirstOrDefault(p => p.HasRol(Rol.Portefeuillehouder)) is { } loco ? $"{loco.Naam} (loco-burgemeester)" : burgemeester?.Naam ?? "";
        var secretaris = aanwezigen.FirstOrDefault(p => p.HasRol(Rol.Gemeentesecretaris))?.Naam
            ?? org.PersonenMetRol(gemeente.Slug, Rol.Gemeentesecretaris).FirstOrDefault()?.Naam ?? "";
        var regels = vergadering.Besluitenlijst();
        var data = new JsonObject
        {
            ["gemeente"] = $"Gemeente {gemeente.Naam}",
            ["datum"] = Datum(vergadering.Datum),
            ["datumVaststelling"] = Datum(vergadering.Datum),
            ["tijd"] = gepland?.Tijd ?? "",
            ["locatie"] = gepland?.Plaats ?? "",
            ["voorzitter"] = voorzitter,
            ["secretaris"] = secretaris,
            ["aanwezigen"] = new JsonArray(aanwezigen.Select(p => (JsonNode)new JsonObject { ["naam"] = p.Naam, ["functie"] = Functie(p) }).ToArray()),
            ["afwezig"] = vergadering.Afwezigen(org) is { Count: > 0 } afwezigen ? string.Join(", ", afwezigen.Select(p => $"{p.Naam} ({Functie(p)})")) : "niemand",
            ["agendapunten"] = new JsonArray(regels.Select((r, i) => (JsonNode)new JsonObject
            {
                ["nummer"] = r.Nummer,
                ["onderwerp"] = r.Onderwerp,
                ["wethouder"] = r.Wethouder ?? r.Portefeuille,
                ["zaaknummer"] = r.Zaaknummer ?? "—",
                ["registratienummer"] = r.Registratienummer ?? "—",
                ["hamerstuk"] = r.Soort == AgendapuntSoort.Hamerstuk,
                ["besluit"] = r.Besluit,
                ["besluitpunten"] = Punten(r.Besluitpunten),
                ["besluittekst"] = r.Besluitpunten.Count > 0 ? "" : r.AangehoudenTot is { } tot ? $"Aangehouden tot de vergadering van {Datum(tot)}." : r.Besluittekst ?? "",
                ["gecorrigeerd"] = r.Correctie is not null,
                ["correctie"] = r.Correctie is null ? "" : $"Gecorrigeerd: {r.Correctie}",
                ["laatste"] = i == regels.Count - 1,
            }).ToArray()),
        };
        var (errors, documents) = RenderAll([sjabloon], data);
        return errors.Count == 0 ? documents["besluitenlijst.docx"] : throw new InvalidOperationException($"besluitenlijst: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}"))}");
    }

    private static string Functie(Persoon p) =>
        p.HasRol(Rol.Burgemeester) ? "burgemeester" : p.HasRol(Rol.Portefeuillehouder) ? "wethouder" : p.HasRol(Rol.Gemeentesecretaris) ? "secretaris" : "";

    /// <summary>Decision points in the template's shape, the same as the conceptbesluit field.</summary>
    private static JsonArray Punten(IReadOnlyList<Besluitpunt> punten) =>
        new(punten.Select(p => (JsonNode)new JsonObject
        {
            ["nr"] = p.Nr,
            ["tekst"] = p.Tekst,
            ["intentie"] = new JsonArray(p.Intentie.Select(t => (JsonNode)new JsonObject { ["tekst"] = t }).ToArray()),
            ["subpunten"] = new JsonArray(p.Subpunten.Select(t => (JsonNode)new JsonObject { ["tekst"] = t }).ToArray()),
        }).ToArray());

    private List<GekozenSjabloon> Shipped(string gemeente, IEnumerable<string> names) =>
        [.. names.Select(name => new GekozenSjabloon(renderer.Find(gemeente, name) ?? throw new InvalidOperationException($"template '{name}' is missing"), SjabloonStore.Standaard))];

    private (IReadOnlyList<FieldError>, IReadOnlyDictionary<string, byte[]>) RenderAll(IEnumerable<GekozenSjabloon> templates, JsonObject data)
    {
        var errors = new List<FieldError>();
        var documents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (template, _) in templates)
        {
            var outcome = renderer.Render(template, Project(data, template.Schema));
            errors.AddRange(outcome.Errors.Where(e => errors.All(known => known.Field != e.Field)));
            if (outcome.Docx is { } docx)
            {
                documents[template.Name + ".docx"] = docx;
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
        data["nummer"] = dossier?.Registratienummer ?? dossier?.Id ?? "(nieuw)";
        data["onderwerp"] = onderwerp;
        data["datumVergadering"] = vergaderdatum is { } datum ? Datum(datum) : "nog te bepalen";
        data["portefeuillehouder"] = houder?.Naam ?? portefeuille;
        data["steller"] = auteur.Naam;
        data["stellerEmail"] = auteur.Email;
        data["afdeling"] ??= auteur.Afdeling;
        data["traject"] ??= new JsonArray(new JsonObject { ["gremium"] = "College", ["datum"] = vergaderdatum is { } d ? Datum(d) : "", ["status"] = "ter besluitvorming" });

        // Before the decision: one row per role of the steps that apply (a conditional step only when its condition
        // holds), naming who may sign (several: "A of B", as either may), with no date; afterwards the parafen given.
        string Wie(Rol rol) => org.ResolveRol(g.Slug, rol, auteur.Afdeling, portefeuille) is { Count: > 0 } wie ? string.Join(" of ", wie.Select(p => p.Naam)) : rol.Label();
        var financieel = dossier?.FinancieleGevolgen ?? false;
        var rows = parafen.Count > 0
            ? parafen
            : [new ParafenRij(Rol.Medewerker.Label(), auteur.Naam, ""), .. g.Route.Stappen
                .Where(s => RouteVoorwaarden.Evaluate(s.When, financieel))
                .SelectMany(s => s.ParsedRollen).Select(r => new ParafenRij(r.Label(), Wie(r), ""))];
        data["parafen"] = new JsonArray(rows.Select(r => (JsonNode)new JsonObject { ["rol"] = r.Rol, ["naam"] = r.Naam, ["datum"] = r.Datum }).ToArray());

        data["besloten"] = besluit is not null;
        if (besluit is not null)
        {
            data["besluit"] = besluit.Uitkomst.Label();
            data["besluitDatum"] = Datum(besluit.Vergaderdatum);
            data["besluitpunten"] = Punten(besluit.BesluitPunten);
            data["besluittekst"] = besluit.BesluitPunten.Count > 0 ? "" : besluit.AangehoudenTot is { } tot ? $"Aangehouden tot de vergadering van {Datum(tot)}." : "";
            data["gecorrigeerd"] = besluit.CorrectieVan is not null;
            data["correctie"] = besluit.CorrectieVan is null ? "" : $"Gecorrigeerd op {Datum(NederlandseTijd.Datum(besluit.VastgelegdOp))}: {besluit.Reden}";
        }

        return data;
    }

    private static string Datum(DateOnly? datum) => datum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";

    private sealed record ParafenRij(string Rol, string Naam, string Datum);
}
