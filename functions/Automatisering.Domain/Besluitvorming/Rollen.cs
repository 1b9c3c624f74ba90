namespace Automatisering.Domain.Besluitvorming;

/// <summary>The spelling of roles in the organisation configuration and their labels on the agendapunt.</summary>
public static class Rollen
{
    // The configuration spells roles in lower case without separators ("juridischezaken"), as municipal
    // staff write them; parsing is case-insensitive so "JuridischeZaken" is accepted too.
    private static readonly Dictionary<string, Rol> ByName =
        Enum.GetValues<Rol>().ToDictionary(r => r.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out Rol rol) => ByName.TryGetValue(name?.Trim() ?? "", out rol);

    public static Rol Parse(string name) =>
        TryParse(name, out var rol) ? rol : throw new ArgumentException($"Unknown role '{name}'. Known roles: {string.Join(", ", Names)}.", nameof(name));

    public static string ToConfigName(this Rol rol) => rol.ToString().ToLowerInvariant();

    /// <summary>The label used in the parafen block of the agendapunt.</summary>
    public static string Label(this Rol rol) => rol switch
    {
        Rol.Medewerker => "Medewerker",
        Rol.Teamleider => "Teamleider",
        Rol.Afdelingsmanager => "Afdelingsmanager",
        Rol.Concernstaf => "Concernstaf",
        Rol.Controller => "Controller",
        Rol.JuridischeZaken => "Juridische zaken",
        Rol.Financien => "Financiën",
        Rol.Gemeentesecretaris => "Secretaris",
        Rol.Portefeuillehouder => "Portefeuillehouder",
        Rol.Bestuurssecretariaat => "Bestuurssecretariaat",
        Rol.Communicatieadviseur => "Communicatieadviseur",
        Rol.Burgemeester => "Burgemeester",
        Rol.Functioneelbeheerder => "Functioneel beheerder",
        Rol.Raadslid => "Raadslid",
        Rol.Griffier => "Griffier",
        Rol.Uitvoeringsorganisatie => "Uitvoeringsorganisatie",
        _ => rol.ToString(),
    };
}
