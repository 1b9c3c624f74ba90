using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Automatisering.Web;

/// <summary>
/// The public besluitenlijst of one meeting (no sign-in): every published decision with its Woo metadata; a corrected
/// decision shows the correction. It reads the publication records only, so a confidential item cannot appear.
/// </summary>
[AllowAnonymous]
public sealed class OpenbaarVergaderingModel(PublicatieService publicatie, OpenRaadsinformatie ori, IOptions<PublicatieOptions> options) : PageModel
{
    public Gemeente Gemeente { get; private set; } = new();

    public DateOnly Datum { get; private set; }

    public IReadOnlyList<PubliekBesluit> Besluiten { get; private set; } = [];

    public IReadOnlyList<PubliekDocument> Documenten { get; private set; } = [];

    public string Api => options.Value.Api;

    public async Task<IActionResult> OnGetAsync(string gemeente, string datum, CancellationToken ct)
    {
        if (publicatie.Gemeente(gemeente) is not { } g
            || !DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag))
        {
            return NotFound();
        }

        Gemeente = g;
        Datum = dag;
        Besluiten = (await publicatie.BesluitenAsync(g.Slug, dag, ct)).OrderBy(b => b.Volgorde).ToList();
        if (Besluiten.Count == 0)
        {
            return NotFound();
        }

        Documenten = ori.Documenten(g, dag, Besluiten);
        return Page();
    }

    public PubliekDocument Document(PubliekBesluit besluit) => Documenten.First(d => d.Id == ori.WebBesluit(besluit));
}
