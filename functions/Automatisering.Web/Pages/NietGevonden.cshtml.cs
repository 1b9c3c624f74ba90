using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Automatisering.Web;

public sealed class NietGevondenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
