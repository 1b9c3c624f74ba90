using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Automatisering.Web;

/// <summary>
/// A refused or failed action on a page becomes a Dutch error page with a way back; never a stack trace. Unknown
/// errors are logged with their details and shown as a general message.
/// </summary>
public sealed class WebFoutFilter(ILogger<WebFoutFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled || context.HandlerInstance is not PageModel page)
        {
            return;
        }

        var melding = WebFouten.Melding(exception);
        if (melding is null)
        {
            logger.LogError(exception, "Page {Path} failed", context.HttpContext.Request.Path);
        }

        var (status, titel, tekst) = melding ?? (StatusCodes.Status500InternalServerError, "Er ging iets mis",
            "Er ging iets mis bij het verwerken van uw verzoek. Uw wijziging is mogelijk niet opgeslagen; probeer het later opnieuw of neem contact op met de functioneel beheerder.");
        executed.ExceptionHandled = true;
        var viewData = new ViewDataDictionary<FoutModel>(page.MetadataProvider, page.ModelState)
        {
            // After a refused POST the page itself shows the current state; a failed GET has nothing to go back to.
            Model = new FoutModel(titel, tekst, HttpMethods.IsPost(context.HttpContext.Request.Method) ? context.HttpContext.Request.Path : "/"),
        };
        executed.Result = new ViewResult { ViewName = "Fout", ViewData = viewData, StatusCode = status };
    }
}
