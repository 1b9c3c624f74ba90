using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The decision text in its two forms: the structured points (<see cref="Besluitpunt"/>) the documents and pages
/// render, and a plain text the secretariat edits for a Gewijzigd decision. The text form round-trips: a line
/// "2. …" starts a point, "&gt; …" is a quoted paragraph of that point, "- …" a sub-point; any other line continues
/// the element before it. So "Gewijzigd" can start from the conceptbesluit and keep its structure.
/// </summary>
public static partial class Besluittekst
{
    /// <summary>The points of a conceptbesluit field: a list of {nr, tekst, intentie[], subpunten[]} or plain text.</summary>
    public static IReadOnlyList<Besluitpunt> FromVeld(JsonElement veld) => veld.ValueKind switch
    {
        JsonValueKind.String => Parse(veld.GetString() ?? ""),
        JsonValueKind.Array => veld.EnumerateArray()
            .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("tekst", out var t) && t.ValueKind == JsonValueKind.String)
            .Select((p, i) => new Besluitpunt(
                p.TryGetProperty("nr", out var nr) && nr.ValueKind is JsonValueKind.String or JsonValueKind.Number ? NrTekst(nr) : (i + 1).ToString(CultureInfo.InvariantCulture),
                p.GetProperty("tekst").GetString()!.Trim(),
                Teksten(p, "intentie"),
                Teksten(p, "subpunten")))
            .ToList(),
        _ => [],
    };

    /// <summary>
    /// Points as a client sent them (JSON may leave out a list or hold nulls): trimmed, empty parts dropped, so the
    /// stored decision never holds a null. A point without text is refused, naming it.
    /// </summary>
    public static IReadOnlyList<Besluitpunt> Schoon(IReadOnlyList<Besluitpunt?> punten)
    {
        ArgumentNullException.ThrowIfNull(punten);
        var schoon = new List<Besluitpunt>();
        for (var i = 0; i < punten.Count; i++)
        {
            var punt = punten[i];
            if (punt is null || string.IsNullOrWhiteSpace(punt.Tekst))
            {
                throw new ArgumentException($"Besluitpunt {i + 1} heeft geen tekst.", "punten");
            }

            static List<string> Teksten(IReadOnlyList<string>? lijst) =>
                (lijst ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
            schoon.Add(new Besluitpunt((punt.Nr ?? "").Trim(), punt.Tekst.Trim(), Teksten(punt.Intentie), Teksten(punt.Subpunten)));
        }

        return schoon;
    }

    /// <summary>The text form: "1. …", "&gt; …" for a quoted paragraph, "- …" for a sub-point, one per line.</summary>
    public static string Format(IReadOnlyList<Besluitpunt> punten)
    {
        var sb = new StringBuilder();
        foreach (var punt in punten)
        {
            sb.Append(punt.Nr.Length == 0 ? "" : punt.Nr + ". ").Append(punt.Tekst).Append('\n');
            foreach (var alinea in punt.Intentie)
            {
                sb.Append("   > ").Append(alinea).Append('\n');
            }

            foreach (var sub in punt.Subpunten)
            {
                sb.Append("   - ").Append(sub).Append('\n');
            }
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// Reads the text form back. Text without numbered lines becomes one unnumbered point, so a freely worded
    /// decision is kept exactly as typed.
    /// </summary>
    public static IReadOnlyList<Besluitpunt> Parse(string tekst)
    {
        var punten = new List<(string Nr, StringBuilder Tekst, List<StringBuilder> Intentie, List<StringBuilder> Sub)>();
        StringBuilder? laatste = null;
        foreach (var ruw in tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var regel = ruw.Trim();
            if (regel.Length == 0)
            {
                continue;
            }

            if (PuntRegel().Match(regel) is { Success: true } m)
            {
                punten.Add((m.Groups["nr"].Value, laatste = new StringBuilder(m.Groups["tekst"].Value.Trim()), [], []));
                continue;
            }

            if (punten.Count == 0)
            {
                punten.Add(("", laatste = new StringBuilder(), [], []));
            }

            var huidig = punten[^1];
            if (regel.StartsWith('>'))
            {
                huidig.Intentie.Add(laatste = new StringBuilder(regel[1..].Trim()));
            }
            else if (SubRegel().Match(regel) is { Success: true } s)
            {
                huidig.Sub.Add(laatste = new StringBuilder(s.Groups["tekst"].Value.Trim()));
            }
            else
            {
                laatste!.Append(laatste.Length == 0 ? "" : "\n").Append(regel);
            }
        }

        return punten
            .Select(p => new Besluitpunt(p.Nr, p.Tekst.ToString(), p.Intentie.Select(i => i.ToString()).ToList(), p.Sub.Select(s => s.ToString()).ToList()))
            .ToList();
    }

    private static string NrTekst(JsonElement nr) => nr.ValueKind == JsonValueKind.String ? nr.GetString()!.Trim() : nr.GetRawText();

    private static List<string> Teksten(JsonElement punt, string veld) =>
        punt.TryGetProperty(veld, out var lijst) && lijst.ValueKind == JsonValueKind.Array
            ? lijst.EnumerateArray()
                .Select(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("tekst", out var t) ? t : i)
                .Where(t => t.ValueKind == JsonValueKind.String)
                .Select(t => t.GetString()!.Trim())
                .ToList()
            : [];

    [GeneratedRegex(@"^(?<nr>\d{1,3}[a-z]?)[.)]\s+(?<tekst>.*)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PuntRegel();

    [GeneratedRegex(@"^[-–•*]\s+(?<tekst>.*)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubRegel();
}
