using System.Globalization;
using System.Text.Json;
using Automatisering.Templating;
using DiffPlex;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Compares the fields of two versions leaf by leaf, named by the schema's labels, and marks text word by word
/// (DiffPlex), so a signer after a return sees exactly what the steller changed.
/// </summary>
public static class Versievergelijking
{
    private static readonly char[] Woordgrenzen = [' ', '\n', '\t', ',', '.', ';', ':', '(', ')'];

    public static IReadOnlyList<VeldVerschil> Vergelijk(JsonElement oud, JsonElement nieuw, IReadOnlyList<SchemaField> velden)
    {
        var oudeWaarden = Plat(oud, velden);
        var nieuweWaarden = Plat(nieuw, velden);
        var paden = nieuweWaarden.Keys.Concat(oudeWaarden.Keys.Where(k => !nieuweWaarden.ContainsKey(k))).ToList();
        var verschillen = new List<VeldVerschil>();
        foreach (var pad in paden)
        {
            var (labelOud, tekstOud) = oudeWaarden.GetValueOrDefault(pad);
            var (labelNieuw, tekstNieuw) = nieuweWaarden.GetValueOrDefault(pad);
            if (tekstOud == tekstNieuw)
            {
                continue;
            }

            verschillen.Add(new VeldVerschil(pad, labelNieuw ?? labelOud ?? pad, tekstOud, tekstNieuw, Stukken(tekstOud ?? "", tekstNieuw ?? "")));
        }

        return verschillen;
    }

    /// <summary>The text of both versions in runs: unchanged, removed, added (words and the spaces between them).</summary>
    public static IReadOnlyList<TekstStuk> Stukken(string oud, string nieuw)
    {
        var diff = Differ.Instance.CreateWordDiffs(oud, nieuw, ignoreWhitespace: false, separators: Woordgrenzen);
        var stukken = new List<TekstStuk>();
        void Voeg(string tekst, TekstStukSoort soort)
        {
            if (tekst.Length == 0)
            {
                return;
            }

            if (stukken.Count > 0 && stukken[^1].Soort == soort)
            {
                stukken[^1] = stukken[^1] with { Tekst = stukken[^1].Tekst + tekst };
            }
            else
            {
                stukken.Add(new TekstStuk(tekst, soort));
            }
        }

        var a = 0;
        foreach (var blok in diff.DiffBlocks)
        {
            Voeg(string.Concat(diff.PiecesOld.Skip(a).Take(blok.DeleteStartA - a)), TekstStukSoort.Gelijk);
            Voeg(string.Concat(diff.PiecesOld.Skip(blok.DeleteStartA).Take(blok.DeleteCountA)), TekstStukSoort.Weg);
            Voeg(string.Concat(diff.PiecesNew.Skip(blok.InsertStartB).Take(blok.InsertCountB)), TekstStukSoort.Erbij);
            a = blok.DeleteStartA + blok.DeleteCountA;
        }

        Voeg(string.Concat(diff.PiecesOld.Skip(a)), TekstStukSoort.Gelijk);

        // A space kept between two removed (or two added) words belongs to that change: "hoofdstuk 2 van" reads as one
        // struck-through phrase, not as three words.
        for (var i = stukken.Count - 2; i > 0; i--)
        {
            if (stukken[i].Soort == TekstStukSoort.Gelijk && string.IsNullOrWhiteSpace(stukken[i].Tekst)
                && stukken[i - 1].Soort != TekstStukSoort.Gelijk && stukken[i - 1].Soort == stukken[i + 1].Soort)
            {
                stukken[i - 1] = stukken[i - 1] with { Tekst = stukken[i - 1].Tekst + stukken[i].Tekst + stukken[i + 1].Tekst };
                stukken.RemoveRange(i, 2);
            }
        }

        return stukken;
    }

    /// <summary>Every leaf value by path, with the label path the form uses; fields outside the schema by their name.</summary>
    private static Dictionary<string, (string? Label, string? Tekst)> Plat(JsonElement waarde, IReadOnlyList<SchemaField> velden)
    {
        var result = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        if (waarde.ValueKind == JsonValueKind.Object)
        {
            Voeg(result, waarde, velden, "", "");
        }

        return result;
    }

    private static void Voeg(Dictionary<string, (string?, string?)> result, JsonElement obj, IReadOnlyList<SchemaField> velden, string pad, string label)
    {
        var bekend = new HashSet<string>(StringComparer.Ordinal);
        foreach (var veld in velden)
        {
            bekend.Add(veld.Name);
            if (obj.TryGetProperty(veld.Name, out var waarde))
            {
                Blad(result, waarde, veld.Fields, pad + veld.Name, label + veld.Label);
            }
        }

        foreach (var eigenschap in obj.EnumerateObject().Where(p => !bekend.Contains(p.Name)))
        {
            Blad(result, eigenschap.Value, [], pad + eigenschap.Name, label + eigenschap.Name);
        }
    }

    private static void Blad(Dictionary<string, (string?, string?)> result, JsonElement waarde, IReadOnlyList<SchemaField> velden, string pad, string label)
    {
        switch (waarde.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in waarde.EnumerateArray())
                {
                    i++;
                    var n = i.ToString(CultureInfo.InvariantCulture);
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        Voeg(result, item, velden, $"{pad}[{n}].", $"{label} › {n} › ");
                    }
                    else
                    {
                        Blad(result, item, [], $"{pad}[{n}]", $"{label} › {n}");
                    }
                }

                break;
            case JsonValueKind.Object:
                Voeg(result, waarde, velden, pad + ".", label + " › ");
                break;
            case JsonValueKind.String:
                result[pad] = (label, waarde.GetString());
                break;
            case JsonValueKind.True:
                result[pad] = (label, "ja");
                break;
            case JsonValueKind.False:
                result[pad] = (label, "nee");
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                result[pad] = (label, waarde.GetRawText());
                break;
        }
    }
}
