using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Storage;

namespace Automatisering.Web;

/// <summary>
/// The Dutch message a person sees for a refused action. The domain's own messages are written for logs and the
/// API, so the page says what happened and what to do, in plain Dutch.
/// </summary>
public static class WebFouten
{
    public static (int Status, string Titel, string Tekst)? Melding(Exception exception) => exception switch
    {
        DossierForbiddenException => (StatusCodes.Status403Forbidden, "Geen toegang",
            "U mag deze handeling niet uitvoeren voor dit dossier. Controleer of u bent aangemeld als de juiste persoon."),
        DossierNotFoundException => (StatusCodes.Status404NotFound, "Dossier niet gevonden",
            "Dit dossier bestaat niet (meer). Controleer het adres of ga terug naar het overzicht."),
        ConcurrencyConflictException => (StatusCodes.Status409Conflict, "Het dossier is intussen gewijzigd",
            "Iemand anders heeft dit dossier gewijzigd terwijl u het open had. Uw handeling is niet uitgevoerd. Bekijk de nieuwe stand en probeer het opnieuw."),
        DossierConflictException => (StatusCodes.Status409Conflict, "Er is een nieuwere versie",
            "Het document is gewijzigd sinds u het opende. Lees de nieuwe versie en parafeer die."),
        DossierStateException => (StatusCodes.Status409Conflict, "Dit kan nu niet",
            "Deze handeling past niet bij de huidige stand van het dossier. Bekijk de stand hieronder en probeer het zo nodig opnieuw."),
        ArgumentException => (StatusCodes.Status400BadRequest, "Controleer de invoer",
            "Een van de ingevulde gegevens klopt niet."),
        _ => null,
    };
}
