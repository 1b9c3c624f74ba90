using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Automatisering.Web;

/// <summary>Development sign-in: pick a configured person; does not exist unless the setting is on (and never in Azure).</summary>
public sealed class AanmeldenModel(Organisatie organisatie, IOptions<IdentityOptions> identity) : PageModel
{
    public IReadOnlyList<(string Naam, IReadOnlyList<Persoon> Personen)> Groepen { get; private set; } = [];

    public string? Huidige { get; private set; }

    /// <summary>The person's roles by their Dutch names, e.g. "Juridische zaken", for grouping the list.</summary>
    public string Rolnaam(Persoon persoon) =>
        string.Join(", ", persoon.Rollen.Select(r => Rollen.TryParse(r, out var rol) ? rol.Label() : r));

    public string Terug { get; private set; } = "/";

    private bool Beschikbaar => identity.Value.DevelopmentSignIn && !IdentityOptions.RunningInAzure;

    public IActionResult OnGet(string? terug)
    {
        if (!Beschikbaar)
        {
            return NotFound();
        }

        Terug = VeiligTerug(terug);
        Huidige = User.GetPersonId();
        Groepen = organisatie.Config.Gemeenten
            .Select(g => (g.Naam, (IReadOnlyList<Persoon>)organisatie.Config.Personen.Where(p => p.Gemeente == g.Slug).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        return Page();
    }

    public IActionResult OnPost(string? persoon, string? terug)
    {
        if (!Beschikbaar)
        {
            return NotFound();
        }

        if (persoon is null || organisatie.Config.FindPersoon(persoon) is null)
        {
            return OnGet(terug);
        }

        Response.Cookies.Append(DevelopmentSignInHandler.CookieName, persoon, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return LocalRedirect(VeiligTerug(terug));
    }

    // Only a local path: the return address must not send a person to another site.
    private static string VeiligTerug(string? terug) =>
        terug is { Length: > 0 } && terug.StartsWith('/') && !terug.StartsWith("//", StringComparison.Ordinal) && !terug.StartsWith("/aanmelden", StringComparison.OrdinalIgnoreCase) ? terug : "/";
}
