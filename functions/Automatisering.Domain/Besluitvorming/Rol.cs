namespace Automatisering.Domain.Besluitvorming;

/// <summary>A role a person holds in a municipality's organisation; the paraaf route is expressed in roles.</summary>
public enum Rol
{
    Medewerker,
    Teamleider,
    Afdelingsmanager,
    Concernstaf,
    Controller,
    JuridischeZaken,
    Financien,
    Gemeentesecretaris,
    Portefeuillehouder,
    Bestuurssecretariaat,
    Communicatieadviseur,

    /// <summary>Chairs the college; named on the besluitenlijst. Not a route role.</summary>
    Burgemeester,

    /// <summary>Manages the municipality's Word templates (upload, activate, restore). Not a route role.</summary>
    Functioneelbeheerder,

    /// <summary>A member of the municipality's council; reads the council information platform of its cooperations.</summary>
    Raadslid,

    /// <summary>The council's clerk: uploads to the platform, plans theme meetings, registers the raadsleden's attendance.</summary>
    Griffier,

    /// <summary>The executing organisation of a cooperation (e.g. a shared social service), which supplies reports.</summary>
    Uitvoeringsorganisatie,
}
