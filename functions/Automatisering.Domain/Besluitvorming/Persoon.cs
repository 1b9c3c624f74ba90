namespace Automatisering.Domain.Besluitvorming;

/// <summary>A person in the organisation configuration. Roles stay strings here so the validator can report every unknown one.</summary>
public sealed record Persoon
{
    public string Id { get; init; } = "";
    public string Naam { get; init; } = "";
    public string Initialen { get; init; } = "";
    public string Email { get; init; } = "";
    public string Gemeente { get; init; } = "";

    /// <summary>Needed to route to the right afdelingsmanager or teamleider.</summary>
    public string? Afdeling { get; init; }

    public IReadOnlyList<string> Rollen { get; init; } = [];

    /// <summary>Only for portefeuillehouders: the portfolios they hold (e.g. "sociaal domein").</summary>
    public IReadOnlyList<string> Portefeuilles { get; init; } = [];

    /// <summary>Only for an uitvoeringsorganisatie: the cooperation it works for (e.g. "BMWE").</summary>
    public string? Samenwerkingsverband { get; init; }

    /// <summary>Only for an uitvoeringsorganisatie: the organisation's name (e.g. "Sociale Dienst BMWE").</summary>
    public string? Organisatie { get; init; }

    public bool HasRol(Rol rol) => (Rollen ?? []).Any(r => Besluitvorming.Rollen.TryParse(r, out var parsed) && parsed == rol);

    /// <summary>
    /// Works in the municipality's own organisation (college, staff). Raadsleden, griffiers and the executing
    /// organisation do not: they see the council information platform, never the college's dossiers.
    /// </summary>
    public bool WerktVoorCollege => (Rollen ?? []).Any(r => Besluitvorming.Rollen.TryParse(r, out var rol) && rol is not (Rol.Raadslid or Rol.Griffier or Rol.Uitvoeringsorganisatie));

    public bool HoldsPortefeuille(string portefeuille) =>
        (Portefeuilles ?? []).Any(p => string.Equals(p.Trim(), portefeuille.Trim(), StringComparison.OrdinalIgnoreCase));
}
