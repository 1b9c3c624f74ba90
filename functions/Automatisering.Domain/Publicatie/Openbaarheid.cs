using System.Text.Json;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Publicatie;

/// <summary>
/// Whether a dossier may be published: only when its agendapunt says <c>openbaar: "ja"</c> (or <c>true</c>) and it is
/// not marked <c>geheim</c>. Anything else (missing, empty, "nee", a typo) counts as confidential: a wrong guess
/// the other way would publish what the college decided behind closed doors, and that cannot be undone.
/// </summary>
public static class Openbaarheid
{
    public static bool IsOpenbaar(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var velden = dossier.Velden;
        if (velden.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var openbaar = velden.TryGetProperty("openbaar", out var o) && o.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => string.Equals(o.GetString()?.Trim(), "ja", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        var geheim = velden.TryGetProperty("geheim", out var g) && g.ValueKind switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => !string.IsNullOrWhiteSpace(g.GetString()) && !string.Equals(g.GetString()!.Trim(), "nee", StringComparison.OrdinalIgnoreCase),
            _ => true,
        };
        return openbaar && !geheim;
    }
}
