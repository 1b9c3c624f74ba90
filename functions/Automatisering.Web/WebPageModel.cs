using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Automatisering.Web;

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

    /// <summary>Refusals by input id, shown next to the input and in the summary.</summary>
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);

    /// <summary>A refusal that is not about one input, in plain Dutch.</summary>
    public (string Titel, string Tekst)? Melding { get; protected set; }

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

    /// <summary>Also counts what waits on the person, for the menu ("Mijn werk (3)") on every page.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        OnPageHandlerExecuting(context);
        if (context.Result is not null)
        {
            return;
        }

        var dossiers = HttpContext.RequestServices.GetRequiredService<DossierService>();
        ViewData["WerkOpen"] = (await dossiers.MijnWerkAsync(Gebruiker.Id, HttpContext.RequestAborted)).Open;
        OnPageHandlerExecuted(await next());
    }

    protected bool HeeftRol(Rol rol) => Gebruiker.HasRol(rol);

    /// <summary>
    /// A change through a form, post-redirect-get. Nothing is tried while an input already has an error. On success
    /// back to <paramref name="terug"/> with <paramref name="bevestiging"/>; a refusal shows the page again with its
    /// current stand (<paramref name="laad"/>): next to an input when <paramref name="alsVeldfout"/> placed it
    /// (it returns whether it handled the exception), else as a Dutch message, with the matching status code.
    /// </summary>
    protected async Task<IActionResult> WijzigAsync(string terug, string bevestiging, Func<Task> actie, Func<Exception, bool> alsVeldfout, Func<Task> laad)
    {
        var weigering = StatusCodes.Status409Conflict;
        if (Fouten.Count == 0)
        {
            try
            {
                await actie();
                Bevestiging = bevestiging;
                return Redirect(terug);
            }
            catch (Exception e) when (alsVeldfout(e))
            {
            }
            catch (Exception e) when (e is not DossierNotFoundException && WebFouten.Melding(e) is { } melding)
            {
                Melding = (melding.Titel, melding.Tekst);
                weigering = melding.Status;
            }
        }

        await laad();
        Response.StatusCode = Fouten.Count > 0 ? StatusCodes.Status400BadRequest : weigering;
        return Page();
    }

    /// <summary>Every portfolio a portefeuillehouder of the signed-in person's gemeente holds, with their name.</summary>
    public IReadOnlyList<(string Portefeuille, string Houder)> Portefeuilles =>
        Org.PersonenMetRol(Gemeente.Slug, Rol.Portefeuillehouder)
            .SelectMany(p => p.Portefeuilles.Select(f => (f, p.Naam)))
            .OrderBy(x => x.f, StringComparer.CurrentCulture)
            .ToList();
}
