using Automatisering.Functions.Infrastructure.Http;
using Automatisering.Templating;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Automatisering.Functions.Infrastructure.Middleware;

/// <summary>
/// Turns the domain's refusals in an HTTP function into problem details in Dutch: 400 with the field, 403, 404 or
/// 409; anything unexpected is a 500 without a stack trace. Queue and timer functions keep their exceptions, so the
/// host retries the message and finally moves it to the poison queue.
/// </summary>
public sealed partial class ProblemDetailsMiddleware(ILogger<ProblemDetailsMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client hung up: nobody is waiting for an answer, and it is not an error of ours.
            LogAborted(logger, context.FunctionDefinition.Name);
        }
        catch (Exception ex)
        {
            var problem = ToProblem(ex);
            if (problem is null)
            {
                LogUnexpected(logger, ex, context.FunctionDefinition.Name);
                problem = TypedResults.Problem(title: "Er ging iets mis", detail: "Het verzoek kon niet worden afgehandeld. Er is niets gewijzigd; probeer het later opnieuw.", statusCode: StatusCodes.Status500InternalServerError);
            }
            else
            {
                LogRefused(logger, context.FunctionDefinition.Name, ex.Message);
            }

            context.GetInvocationResult().Value = problem;
        }
    }

    public static IResult? ToProblem(Exception ex) => ex switch
    {
        BadRequestException { StatusCode: StatusCodes.Status400BadRequest } e => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] }, title: "Het verzoek is niet geldig."),
        BadRequestException e => TypedResults.Problem(title: "Het verzoek is niet geldig.", detail: e.Message, statusCode: e.StatusCode,
            extensions: new Dictionary<string, object?> { ["field"] = e.Field, ["errors"] = new Dictionary<string, string[]> { [e.Field] = [e.Message] } }),
        FieldValidationException e => TypedResults.ValidationProblem(
            e.Errors.GroupBy(f => "velden." + f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Reason).ToArray()),
            title: e.Message),
        TemplateRejectedException e => TypedResults.Problem(title: "Bestand geweigerd", detail: e.Message, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = "bestand", ["reasonCode"] = e.ReasonCode.ToString() }),
        SjabloonOngeldigException e => TypedResults.Problem(title: "Sjabloon geweigerd", detail: e.Message, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = "bestand", ["problemen"] = e.Report.Problems.Select(SjabloonBeheer.Beschrijf).ToArray() }),
        SjabloonNotFoundException e => TypedResults.Problem(title: "Niet gevonden", detail: e.Message, statusCode: StatusCodes.Status404NotFound),
        SjabloonInGebruikException e => TypedResults.Problem(title: "Sjabloon in gebruik", detail: e.Message, statusCode: StatusCodes.Status409Conflict),
        ArgumentException e => TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            [string.IsNullOrEmpty(e.ParamName) ? "verzoek" : e.ParamName] = [e.Message.Replace($" (Parameter '{e.ParamName}')", "")],
        }),
        DossierForbiddenException e => TypedResults.Problem(title: "Niet toegestaan", detail: e.Message, statusCode: StatusCodes.Status403Forbidden),
        DossierNotFoundException e => TypedResults.Problem(title: "Niet gevonden", detail: e.Message, statusCode: StatusCodes.Status404NotFound),
        ConcurrencyConflictException => TypedResults.Problem(title: "Gelijktijdig gewijzigd", detail: "Iemand anders heeft het dossier intussen gewijzigd. Laad het opnieuw en probeer het nog eens.", statusCode: StatusCodes.Status409Conflict),
        DossierStateException e => TypedResults.Problem(title: "Kan nu niet", detail: e.Message, statusCode: StatusCodes.Status409Conflict),
        PdfConversionException e => TypedResults.Problem(title: "PDF niet beschikbaar", detail: "Het document kon niet naar PDF worden omgezet. Download het Word-bestand of probeer het later opnieuw.", statusCode: StatusCodes.Status503ServiceUnavailable),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function} geweigerd: {Reden}")]
    private static partial void LogRefused(ILogger logger, string function, string reden);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Function}: de aanvrager heeft de verbinding verbroken")]
    private static partial void LogAborted(ILogger logger, string function);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} faalde onverwacht")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string function);
}
