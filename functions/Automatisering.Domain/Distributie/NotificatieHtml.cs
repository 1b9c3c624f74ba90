using System.Net;
using System.Text.RegularExpressions;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// A notification's plain text as the mail's HTML body: a blank line starts a paragraph, a line break stays one, and
/// a web address becomes a link, so a digest's list and the "Openen:" link read in a mail as they were written
/// (HTML would otherwise run all lines together). Everything else is encoded.
/// </summary>
public static partial class NotificatieHtml
{
    public static string Van(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var alineas = tekst.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(alineas.Select(a => "<p>" + string.Join("<br>", a.Split('\n').Select(Regel)) + "</p>"));
    }

    private static string Regel(string regel) =>
        Adres().Replace(WebUtility.HtmlEncode(regel.TrimEnd()), m =>
        {
            // A sentence's full stop or comma after an address is not part of it.
            var adres = m.Value.TrimEnd('.', ',', ';', ':', '!', '?');
            return $"<a href=\"{adres}\">{adres}</a>{m.Value[adres.Length..]}";
        });

    [GeneratedRegex(@"https?://[^\s<>""()]+", RegexOptions.None, 1000)]
    private static partial Regex Adres();
}
