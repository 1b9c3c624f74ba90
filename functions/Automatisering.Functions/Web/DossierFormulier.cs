using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Automatisering.Functions.Features.Documenten;
using Automatisering.Templating;

namespace Automatisering.Functions.Web;

/// <summary>
/// The agendapunt + collegeadvies form generated from the gemeente's template schemas. Inputs are named
/// <c>v.veld</c> and <c>v.lijst[i].veld</c> (the field path with a prefix), so a validation error's field path
/// names its input. List fields get a fixed number of rows (no script needed); empty rows are ignored.
/// </summary>
public sealed partial class DossierFormulier(DocumentRenderer renderer)
{
    public const string Prefix = "v.";
    public const int MinimumRijen = 5;

    /// <summary>Filled in by the suite from the dossier and the organisation, so not asked on the form.</summary>
    private static readonly HashSet<string> SysteemVelden = new(StringComparer.Ordinal)
    {
        "gemeente", "logo", "nummer", "onderwerp", "datumVergadering", "portefeuillehouder", "steller", "stellerEmail",
        "parafen", "besloten", "besluit", "besluitDatum", "besluittekst",
    };

    /// <summary>Required by the template, but the suite supplies a default when left empty.</summary>
    private static readonly HashSet<string> StandaardVelden = new(StringComparer.Ordinal) { "afdeling", "traject" };

    public IReadOnlyList<FormulierSectie> Secties(string gemeente)
    {
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        var secties = new List<FormulierSectie>();
        foreach (var sjabloon in Besluitvorming.DossierDocumenten.VersionTemplates)
        {
            var schema = renderer.Find(gemeente, sjabloon)?.Schema;
            if (schema is null)
            {
                continue;
            }

            var velden = schema.Fields
                .Where(f => !SysteemVelden.Contains(f.Name) && f.Type != FieldType.Image && gezien.Add(f.Name))
                .Select(f => Veld(f, top: true))
                .ToList();
            secties.Add(new FormulierSectie(schema.Title ?? sjabloon, velden));
        }

        return secties;
    }

    /// <summary>The number of rows on the form for a list: at least <see cref="MinimumRijen"/>, and one empty row after the filled ones.</summary>
    public static int Rijen(IReadOnlyDictionary<string, string> waarden, string lijst) => Math.Max(MinimumRijen, LaatsteGevuldeRij(waarden, lijst) + 2);

    /// <summary>The index of the last row of a list with a value in it; -1 when all rows are empty.</summary>
    public static int LaatsteGevuldeRij(IReadOnlyDictionary<string, string> waarden, string lijst)
    {
        var max = -1;
        foreach (var (key, waarde) in waarden)
        {
            if (waarde.Length > 0
                && key.StartsWith(Prefix + lijst + "[", StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(Prefix.Length + lijst.Length + 1, key.IndexOf(']', StringComparison.Ordinal) - Prefix.Length - lijst.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                max = Math.Max(max, i);
            }
        }

        return max;
    }

    public FormulierInvoer Lees(string gemeente, IFormCollection form)
    {
        var velden = new JsonObject();
        var rijIndex = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var veld in Secties(gemeente).SelectMany(s => s.Velden))
        {
            if (veld.IsLijst)
            {
                var rijen = new JsonArray();
                var index = new List<int>();
                var aantal = int.TryParse(form["rijen." + veld.Naam], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 100) : MinimumRijen;
                for (var i = 0; i < aantal; i++)
                {
                    var rij = new JsonObject();
                    foreach (var sub in veld.Velden)
                    {
                        if (Waarde(sub, form[$"{Prefix}{veld.Naam}[{i}].{sub.Naam}"].ToString()) is { } waarde)
                        {
                            rij[sub.Naam] = waarde;
                        }
                    }

                    if (rij.Count > 0)
                    {
                        rijen.Add(rij);
                        index.Add(i);
                    }
                }

                rijIndex[veld.Naam] = index;

                // An empty required list is sent empty, so the message says the list is empty rather than missing.
                if (rijen.Count > 0 || veld.Verplicht)
                {
                    velden[veld.Naam] = rijen;
                }
            }
            else if (Waarde(veld, form[Prefix + veld.Naam].ToString()) is { } waarde)
            {
                velden[veld.Naam] = waarde;
            }
        }

        return new FormulierInvoer(JsonSerializer.SerializeToElement(velden), rijIndex);
    }

    /// <summary>
    /// Carries over what the form does not show (fields it has no input for, and sub-lists of list rows such as a
    /// conceptbesluit point's intentie and subpunten), so editing through the web never drops stored content.
    /// </summary>
    public FormulierInvoer BehoudVerborgen(string gemeente, JsonElement opgeslagen, FormulierInvoer invoer)
    {
        if (opgeslagen.ValueKind != JsonValueKind.Object)
        {
            return invoer;
        }

        var velden = JsonNode.Parse(invoer.Velden.GetRawText())!.AsObject();
        var getoond = Secties(gemeente).SelectMany(s => s.Velden).ToDictionary(v => v.Naam, StringComparer.Ordinal);
        foreach (var bewaard in opgeslagen.EnumerateObject())
        {
            if (!getoond.TryGetValue(bewaard.Name, out var veld))
            {
                velden[bewaard.Name] ??= JsonNode.Parse(bewaard.Value.GetRawText());
                continue;
            }

            if (!veld.IsLijst || bewaard.Value.ValueKind != JsonValueKind.Array || velden[bewaard.Name] is not JsonArray rijen ||
                !invoer.RijIndex.TryGetValue(veld.Naam, out var formulierRijen))
            {
                continue;
            }

            // Row k of the new list came from form row formulierRijen[k], which showed stored row formulierRijen[k].
            var subvelden = veld.Velden.Select(v => v.Naam).ToHashSet(StringComparer.Ordinal);
            for (var k = 0; k < rijen.Count && k < formulierRijen.Count; k++)
            {
                if (formulierRijen[k] < bewaard.Value.GetArrayLength() && bewaard.Value[formulierRijen[k]] is { ValueKind: JsonValueKind.Object } oud && rijen[k] is JsonObject rij)
                {
                    foreach (var extra in oud.EnumerateObject().Where(e => !subvelden.Contains(e.Name)))
                    {
                        rij[extra.Name] ??= JsonNode.Parse(extra.Value.GetRawText());
                    }
                }
            }
        }

        return invoer with { Velden = JsonSerializer.SerializeToElement(velden) };
    }

    /// <summary>The stored fields as form values, to fill the form for editing.</summary>
    public static Dictionary<string, string> Waarden(JsonElement velden)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
        if (velden.ValueKind != JsonValueKind.Object)
        {
            return waarden;
        }

        foreach (var property in velden.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var rij in property.Value.EnumerateArray())
                {
                    if (rij.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var sub in rij.EnumerateObject())
                        {
                            if (Tekst(sub.Value) is { } tekst)
                            {
                                waarden[$"{Prefix}{property.Name}[{i}].{sub.Name}"] = tekst;
                            }
                        }
                    }

                    i++;
                }
            }
            else if (Tekst(property.Value) is { } tekst)
            {
                waarden[Prefix + property.Name] = tekst;
            }
        }

        return waarden;
    }

    /// <summary>The posted values, to show the form again as it was sent.</summary>
    public static Dictionary<string, string> Waarden(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);

    /// <summary>The input name for a validation error's field path, with row numbers as on the form.</summary>
    public static string InputNaam(string veldPad, FormulierInvoer invoer)
    {
        var pad = RijPad().Replace(veldPad, m =>
        {
            var rij = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return invoer.RijIndex.TryGetValue(m.Groups[1].Value, out var index) && rij < index.Count
                ? $"{m.Groups[1].Value}[{index[rij]}]"
                : m.Value;
        });
        return Prefix + pad;
    }

    /// <summary>An HTML id for an input name: letters, digits and dashes only.</summary>
    public static string Id(string naam) => "veld-" + NietIdTeken().Replace(naam.StartsWith(Prefix, StringComparison.Ordinal) ? naam[Prefix.Length..] : naam, "-").Trim('-');

    private static FormulierVeld Veld(SchemaField f, bool top) => new(
        f.Name,
        f.Label ?? f.Name,
        f.Type,
        f.Required && !(top && StandaardVelden.Contains(f.Name)),
        f.MaxLength,
        f.Description,
        // Lists inside a row (e.g. sub-points) are left to the Word template's sample data; the form keeps one level.
        f.Fields.Where(s => s.Type is not (FieldType.List or FieldType.Object or FieldType.Image)).Select(s => Veld(s, top: false)).ToList());

    private static JsonNode? Waarde(FormulierVeld veld, string invoer)
    {
        var tekst = invoer.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return veld.Type switch
        {
            FieldType.Boolean => tekst is "true" or "on" ? JsonValue.Create(true) : veld.Velden.Count == 0 && tekst.Length == 0 ? JsonValue.Create(false) : null,
            FieldType.Number when tekst.Length > 0 => decimal.TryParse(tekst.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var getal) ? JsonValue.Create(getal) : JsonValue.Create(tekst),
            _ when tekst.Length == 0 => null,
            _ => JsonValue.Create(tekst),
        };
    }

    private static string? Tekst(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    [GeneratedRegex(@"([A-Za-z0-9_]+)\[(\d+)\]")]
    private static partial Regex RijPad();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NietIdTeken();
}
