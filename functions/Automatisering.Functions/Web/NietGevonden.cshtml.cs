using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Automatisering.Functions.Web;

public sealed class NietGevondenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
