using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Automatisering.Domain.Documenten;
using Automatisering.Templating;

namespace Automatisering.Web;

/// <summary>
/// The agendapunt + collegeadvies form generated from the gemeente's template schemas. Inputs are named
/// <c>v.veld</c>, <c>v.lijst[i].veld</c> and <c>v.lijst[i].sublijst[j].veld</c> (the field path with a prefix), so a
/// validation error's field path names its input. List fields get a fixed number of rows (no script needed); empty
/// rows are ignored. Lists inside a list row (a conceptbesluit point's intentie and subpunten) are on the form too,
/// one level deep.
/// </summary>
public sealed partial class DossierFormulier(DocumentRenderer renderer)
{
    public const string Prefix = "v.";
    private const string IsoDatum = "yyyy-MM-dd";
    private const string NlDatum = "dd-MM-yyyy";
    public const int MinimumRijen = 5;
    public const int MinimumSubrijen = 2;
    private const int MaximumRijen = 100;

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
        foreach (var sjabloon in DossierDocumenten.VersionTemplates)
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

    /// <summary>
    /// The number of rows on the form for a list (<paramref name="lijst"/> is its form path, e.g. <c>conceptbesluit</c>
    /// or <c>conceptbesluit[2].subpunten</c>): at least <paramref name="minimum"/>, and one empty row after the filled ones.
    /// </summary>
    public static int Rijen(IReadOnlyDictionary<string, string> waarden, string lijst, int minimum = MinimumRijen) =>
        Math.Max(minimum, LaatsteGevuldeRij(waarden, lijst) + 2);

    /// <summary>The index of the last row of a list with a value in it (also in its sub-lists); -1 when all rows are empty.</summary>
    public static int LaatsteGevuldeRij(IReadOnlyDictionary<string, string> waarden, string lijst)
    {
        var max = -1;
        var begin = Prefix.Length + lijst.Length + 1;
        foreach (var (key, waarde) in waarden)
        {
            if (waarde.Length > 0
                && key.StartsWith(Prefix + lijst + "[", StringComparison.Ordinal)
                && key.IndexOf(']', begin) is var eind and > 0
                && int.TryParse(key.AsSpan(begin, eind - begin), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
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
                var rijen = LeesRijen(veld, veld.Naam, MinimumRijen, form, rijIndex);

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

    /// <summary>The filled rows of the list at form path <paramref name="pad"/>; records in <paramref name="rijIndex"/> which form row each came from.</summary>
    private static JsonArray LeesRijen(FormulierVeld veld, string pad, int minimum, IFormCollection form, Dictionary<string, IReadOnlyList<int>> rijIndex)
    {
        var rijen = new JsonArray();
        var index = new List<int>();
        var aantal = int.TryParse(form["rijen." + pad], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, MaximumRijen) : minimum;
        for (var i = 0; i < aantal; i++)
        {
            var rij = new JsonObject();
            foreach (var sub in veld.Velden)
            {
                var subPad = $"{pad}[{i}].{sub.Naam}";
                if (sub.IsLijst)
                {
                    if (LeesRijen(sub, subPad, MinimumSubrijen, form, rijIndex) is { Count: > 0 } subrijen)
                    {
                        rij[sub.Naam] = subrijen;
                    }
                }
                else if (Waarde(sub, form[Prefix + subPad].ToString()) is { } waarde)
                {
                    rij[sub.Naam] = waarde;
                }
            }

            if (rij.Count > 0)
            {
                // Only for a row typed in: an empty required sub-list then says it is empty instead of missing.
                foreach (var leeg in veld.Velden.Where(s => s.IsLijst && s.Verplicht && !rij.ContainsKey(s.Naam)))
                {
                    rij[leeg.Naam] = new JsonArray();
                }

                rijen.Add(rij);
                index.Add(i);
            }
        }

        rijIndex[pad] = index;
        return rijen;
    }

    /// <summary>
    /// Carries over what the form does not show (fields and row keys it has no input for), so editing through the web
    /// never drops stored content.
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

            if (veld.IsLijst && velden[bewaard.Name] is JsonArray rijen)
            {
                BehoudInRijen(veld, veld.Naam, bewaard.Value, rijen, invoer.RijIndex);
            }
        }

        return invoer with { Velden = JsonSerializer.SerializeToElement(velden) };
    }

    private static void BehoudInRijen(FormulierVeld veld, string pad, JsonElement opgeslagen, JsonArray rijen, IReadOnlyDictionary<string, IReadOnlyList<int>> rijIndex)
    {
        if (opgeslagen.ValueKind != JsonValueKind.Array || !rijIndex.TryGetValue(pad, out var formulierRijen))
        {
            return;
        }

        // Row k of the new list came from form row formulierRijen[k], which showed stored row formulierRijen[k].
        var subvelden = veld.Velden.ToDictionary(v => v.Naam, StringComparer.Ordinal);
        for (var k = 0; k < rijen.Count && k < formulierRijen.Count; k++)
        {
            var f = formulierRijen[k];
            if (f >= opgeslagen.GetArrayLength() || opgeslagen[f] is not { ValueKind: JsonValueKind.Object } oud || rijen[k] is not JsonObject rij)
            {
                continue;
            }

            foreach (var extra in oud.EnumerateObject())
            {
                if (!subvelden.TryGetValue(extra.Name, out var sub))
                {
                    rij[extra.Name] ??= JsonNode.Parse(extra.Value.GetRawText());
                }
                else if (sub.IsLijst && rij[extra.Name] is JsonArray subrijen)
                {
                    BehoudInRijen(sub, $"{pad}[{f}].{sub.Naam}", extra.Value, subrijen, rijIndex);
                }
            }
        }
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
            VoegToe(waarden, Prefix + property.Name, property.Value);
        }

        return waarden;
    }

    /// <summary>A value under its input name; a list's rows (and their sub-lists' rows) under <c>naam[i].veld</c>.</summary>
    private static void VoegToe(Dictionary<string, string> waarden, string naam, JsonElement waarde)
    {
        if (waarde.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var rij in waarde.EnumerateArray())
            {
                if (rij.ValueKind == JsonValueKind.Object)
                {
                    foreach (var sub in rij.EnumerateObject())
                    {
                        VoegToe(waarden, $"{naam}[{i}].{sub.Name}", sub.Value);
                    }
                }

                i++;
            }
        }
        else if (Tekst(waarde) is { } tekst)
        {
            waarden[naam] = tekst;
        }
    }

    /// <summary>The posted values, to show the form again as it was sent.</summary>
    public static Dictionary<string, string> Waarden(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);

    /// <summary>
    /// The input name for a validation error's field path, with row numbers as on the form. Segment by segment, as a
    /// sub-list's rows are indexed under the form row of the list row they are in (<c>conceptbesluit[2].subpunten</c>).
    /// </summary>
    public static string InputNaam(string veldPad, FormulierInvoer invoer)
    {
        var pad = "";
        foreach (var deel in veldPad.Split('.'))
        {
            var lijst = pad.Length == 0 ? "" : pad + ".";
            var m = RijPad().Match(deel);
            pad = m.Success
                && invoer.RijIndex.TryGetValue(lijst + m.Groups[1].Value, out var index)
                && int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var rij) && rij < index.Count
                ? $"{lijst}{m.Groups[1].Value}[{index[rij]}]"
                : lijst + deel;
        }

        return Prefix + pad;
    }

    /// <summary>The field's label from the schema, with the row numbers for a list row ("Conceptbesluit, rij 3, Subpunten, rij 2: Subpunt").</summary>
    public string Label(string gemeente, string inputNaam)
    {
        var delen = Stappen(gemeente, inputNaam);
        if (delen[0].Veld is null)
        {
            return inputNaam.StartsWith(Prefix, StringComparison.Ordinal) ? inputNaam[Prefix.Length..] : inputNaam;
        }

        var labels = delen.Select(d => (d.Veld?.Label ?? d.Naam) + (d.Rij is { } rij ? $", rij {rij + 1}" : "")).ToList();
        return labels.Count == 1 ? labels[0] : $"{string.Join(", ", labels.Take(labels.Count - 1))}: {labels[^1]}";
    }

    /// <summary>A stored date (15-12-2026) as a date input's value (2026-12-15); other text unchanged, so a posted value shows as sent.</summary>
    public static string DatumInvoer(string waarde) =>
        DateOnly.TryParseExact(waarde.Trim(), NlDatum, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            ? datum.ToString(IsoDatum, CultureInfo.InvariantCulture)
            : waarde;

    /// <summary>
    /// Where an input comes on the form, to sort errors by: the page's own fields (onderwerp, portefeuille) first,
    /// then the generated fields in order, a list's rows by number and their fields in order (two levels, as the form).
    /// </summary>
    public (int, int, int, int) Positie(string gemeente, string inputNaam)
    {
        if (!inputNaam.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return (-1, inputNaam == "onderwerp" ? 0 : 1, 0, 0);
        }

        var delen = Stappen(gemeente, inputNaam);
        (int Index, int Rij) Deel(int d) => d < delen.Count ? (delen[d].Index, delen[d].Rij ?? -1) : (0, 0);
        var (eerste, eersteRij) = Deel(0);
        var (tweede, tweedeRij) = Deel(1);
        return (eerste, eersteRij, tweede, tweedeRij);
    }

    /// <summary>
    /// An input name walked through the form's fields, segment by segment: each field's name, its place among its
    /// siblings (<see cref="int.MaxValue"/> when unknown), its row number in a list, and the field itself.
    /// </summary>
    private List<(string Naam, int Index, int? Rij, FormulierVeld? Veld)> Stappen(string gemeente, string inputNaam)
    {
        var pad = inputNaam.StartsWith(Prefix, StringComparison.Ordinal) ? inputNaam[Prefix.Length..] : inputNaam;
        IReadOnlyList<FormulierVeld> velden = Secties(gemeente).SelectMany(s => s.Velden).ToList();
        var stappen = new List<(string, int, int?, FormulierVeld?)>();
        foreach (var deel in pad.Split('.'))
        {
            var m = RijPad().Match(deel);
            var naam = m.Success ? m.Groups[1].Value : deel;
            var index = velden.ToList().FindIndex(v => v.Naam == naam);
            var veld = index >= 0 ? velden[index] : null;
            int? rij = m.Success && int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
            stappen.Add((naam, index >= 0 ? index : int.MaxValue, rij, veld));
            velden = veld?.Velden ?? [];
        }

        return stappen;
    }

    /// <summary>An HTML id for an input name: letters, digits and dashes only.</summary>
    public static string Id(string naam) => "veld-" + NietIdTeken().Replace(naam.StartsWith(Prefix, StringComparison.Ordinal) ? naam[Prefix.Length..] : naam, "-").Trim('-');

    /// <summary>
    /// A form field; a top-level list's rows may hold lists (a point's subpunten) whose own fields are simple: two
    /// levels cover the templates, and a deeper level would not stay usable without script.
    /// </summary>
    private static FormulierVeld Veld(SchemaField f, bool top) => new(
        f.Name,
        f.Label ?? f.Name,
        f.Type,
        f.Required && !(top && StandaardVelden.Contains(f.Name)),
        f.MaxLength,
        f.Description,
        f.Fields
            .Where(s => s.Type is not (FieldType.Object or FieldType.Image) && (top || s.Type != FieldType.List))
            .Select(s => Veld(s, top: false))
            .ToList(),
        f.Format,
        f.Choices);

    private static JsonNode? Waarde(FormulierVeld veld, string invoer)
    {
        var tekst = invoer.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return veld.Type switch
        {
            // A date input sends 2026-12-15; the documents write dates the Dutch way. Anything else (a browser
            // without date inputs) goes on as typed, for the schema to accept (15-12-2026) or refuse by field.
            FieldType.Date when DateOnly.TryParseExact(tekst, IsoDatum, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) =>
                JsonValue.Create(datum.ToString(NlDatum, CultureInfo.InvariantCulture)),
            FieldType.Boolean => tekst is "true" or "on" ? JsonValue.Create(true) : tekst is "false" || (veld.Velden.Count == 0 && tekst.Length == 0) ? JsonValue.Create(false) : null,
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

    [GeneratedRegex(@"^([A-Za-z0-9_]+)\[(\d+)\]$")]
    private static partial Regex RijPad();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NietIdTeken();
}
