using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Automatisering.Web;

/// <summary>The public page of a municipality (no sign-in): its meetings with published decisions, feed and open data.</summary>
[AllowAnonymous]
public sealed class OpenbaarIndexModel(PublicatieService publicatie, IOptions<PublicatieOptions> options) : PageModel
{
    public Gemeente Gemeente { get; private set; } = new();

    public IReadOnlyList<DateOnly> Vergaderingen { get; private set; } = [];

    public string Api => options.Value.Api;

    public async Task<IActionResult> OnGetAsync(string gemeente, CancellationToken ct)
    {
        if (publicatie.Gemeente(gemeente) is not { } g)
        {
            return NotFound();
        }

        Gemeente = g;
        Vergaderingen = await publicatie.VergaderingenAsync(g.Slug, ct);
        return Page();
    }
}
