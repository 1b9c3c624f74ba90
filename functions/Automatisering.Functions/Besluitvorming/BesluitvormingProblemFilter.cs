using Automatisering.Functions.Infrastructure.Storage;

namespace Automatisering.Functions.Besluitvorming;

/// <summary>Turns the domain's refusals into problem details: 400 with the field, 403, 404 or 409; never a stack trace.</summary>
public sealed class BesluitvormingProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (FieldValidationException ex)
        {
            return TypedResults.ValidationProblem(
                ex.Errors.GroupBy(e => "velden." + e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
                title: ex.Message);
        }
        catch (ArgumentException ex)
        {
            var field = string.IsNullOrEmpty(ex.ParamName) ? "verzoek" : ex.ParamName;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [ex.Message.Replace($" (Parameter '{ex.ParamName}')", "")] });
        }
        catch (DossierForbiddenException ex)
        {
            return TypedResults.Problem(title: "Niet toegestaan", detail: ex.Message, statusCode: StatusCodes.Status403Forbidden);
        }
        catch (DossierNotFoundException ex)
        {
            return TypedResults.Problem(title: "Niet gevonden", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (ConcurrencyConflictException)
        {
            return TypedResults.Problem(title: "Gelijktijdig gewijzigd", detail: "Iemand anders heeft het dossier intussen gewijzigd. Laad het opnieuw en probeer het nog eens.", statusCode: StatusCodes.Status409Conflict);
        }
        catch (DossierStateException ex)
        {
            return TypedResults.Problem(title: "Kan nu niet", detail: ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }
}
