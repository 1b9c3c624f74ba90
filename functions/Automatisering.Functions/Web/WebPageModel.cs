using Automatisering.Functions.Besluitvorming;
using Automatisering.Functions.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Automatisering.Functions.Web;

/// <summary>
/// A page for a signed-in person: who they are and their municipality's house style, for the layout. Without a
/// sign-in the page sends them to the development sign-in (locally) or says they are not signed in.
/// </summary>
public abstract class WebPageModel : PageModel
{
    public Persoon Gebruiker { get; private set; } = new();

    public Gemeente Gemeente { get; private set; } = new();

    /// <summary>A confirmation after a POST-redirect-GET ("Uw paraaf is opgeslagen.").</summary>
    [TempData]
    public string? Bevestiging { get; set; }

    protected OrganisatieConfig Org => HttpContext.RequestServices.GetRequiredService<Organisatie>().Config;

    protected Handeling Handeling(string? etag) =>
        new(Gebruiker.Id, $"web {HttpContext.Connection.RemoteIpAddress}", string.IsNullOrEmpty(etag) ? null : new Azure.ETag(etag));

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var persoon = User.GetPersonId() is { } id ? Org.FindPersoon(id) : null;
        if (persoon is null)
        {
            var options = HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value;
            context.Result = options.DevelopmentSignIn && !IdentityOptions.RunningInAzure
                ? new RedirectResult("/aanmelden?terug=" + Uri.EscapeDataString(Request.Path + Request.QueryString))
                : new ContentResult
                {
                    StatusCode = StatusCodes.Status401Unauthorized,
                    ContentType = "text/html; charset=utf-8",
                    Content = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Niet aangemeld</title></head><body><main><h1>Niet aangemeld</h1><p>U bent niet aangemeld als medewerker van een van de gemeenten. Meld u aan via de inlogpagina van uw organisatie.</p></main></body></html>",
                };
            return;
        }

        Gebruiker = persoon;
        Gemeente = Org.GetGemeente(persoon.Gemeente);
        ViewData["Gebruiker"] = persoon;
    }

    protected bool HeeftRol(Rol rol) => Gebruiker.HasRol(rol);

    /// <summary>Every portfolio a portefeuillehouder of the signed-in person's gemeente holds, with their name.</summary>
    public IReadOnlyList<(string Portefeuille, string Houder)> Portefeuilles =>
        Org.PersonenMetRol(Gemeente.Slug, Rol.Portefeuillehouder)
            .SelectMany(p => p.Portefeuilles.Select(f => (f, p.Naam)))
            .OrderBy(x => x.f, StringComparer.CurrentCulture)
            .ToList();
}
