using Microsoft.AspNetCore.Html;

namespace Automatisering.Web;

/// <summary>
/// One labelled input with its hint and its error from <see cref="WebPageModel.Fouten"/>, as every hand-written form
/// field on the site shows it: ids <c>veld-{naam}</c>, <c>-hint</c> and <c>-fout</c>, the error before the input so
/// it is read first, and the input tied to both for screen readers. The page supplies the input itself.
/// </summary>
public static class VeldHtml
{
    public static IHtmlContent Veld(this WebPageModel pagina, string naam, string label, Func<VeldInvoer, IHtmlContent> invoer, string? hint = null, bool verplicht = false)
    {
        var id = "veld-" + naam;
        var fout = pagina.Fouten.GetValueOrDefault(naam);
        var html = new HtmlContentBuilder();
        html.AppendHtml(fout is null ? "<div class=\"veld\">" : "<div class=\"veld met-fout\">");
        html.AppendHtml($"<label for=\"{id}\">").Append(label);
        if (verplicht)
        {
            html.AppendHtml(" <span class=\"verplicht\">(verplicht)</span>");
        }

        html.AppendHtml("</label>");
        if (hint is not null)
        {
            html.AppendHtml($"<span class=\"hint\" id=\"{id}-hint\">").Append(hint).AppendHtml("</span>");
        }

        if (fout is not null)
        {
            html.AppendHtml($"<p class=\"fout\" id=\"{id}-fout\">").Append(fout).AppendHtml("</p>");
        }

        var beschrijving = string.Join(" ", new[] { hint is null ? null : id + "-hint", fout is null ? null : id + "-fout" }.Where(x => x is not null));
        html.AppendHtml(invoer(new VeldInvoer(id, beschrijving.Length == 0 ? null : beschrijving, fout is null ? null : "true")));
        return html.AppendHtml("</div>");
    }
}
