using System.Text.Json;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Municipalities, people, substitutes and paraaf routes. Load it with <see cref="Load"/>, which validates and
/// reports every error at once so a broken file is fixed in one round instead of one start-up per mistake.
/// </summary>
public sealed record OrganisatieConfig
{
    public IReadOnlyList<Gemeente> Gemeenten { get; init; } = [];
    public IReadOnlyList<Persoon> Personen { get; init; } = [];
    public IReadOnlyList<Vervanging> Vervangingen { get; init; } = [];

    /// <summary>Parses and validates; throws <see cref="OrganisatieConfigException"/> listing all errors.</summary>
    public static OrganisatieConfig Load(string json) =>
        TryLoad(json, out var config, out var fouten) ? config! : throw new OrganisatieConfigException(fouten);

    public static bool TryLoad(string json, out OrganisatieConfig? config, out IReadOnlyList<ConfigFout> fouten)
    {
        config = null;
        try
        {
            config = JsonSerializer.Deserialize<OrganisatieConfig>(json, BesluitvormingJson.Options);
        }
        catch (JsonException ex)
        {
            fouten = [new ConfigFout(ex.Path ?? "$", $"invalid JSON: {ex.Message}")];
            return false;
        }

        if (config is null)
        {
            fouten = [new ConfigFout("$", "the configuration is empty (null)")];
            return false;
        }

        fouten = OrganisatieConfigValidator.Validate(config);
        if (fouten.Count > 0)
        {
            config = null;
            return false;
        }

        return true;
    }

    public IReadOnlyList<ConfigFout> Validate() => OrganisatieConfigValidator.Validate(this);

    public Gemeente? FindGemeente(string slug) =>
        Gemeenten.FirstOrDefault(g => string.Equals(g.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public Gemeente GetGemeente(string slug) =>
        FindGemeente(slug) ?? throw new ArgumentException($"Gemeente '{slug}' bestaat niet.", nameof(slug));

    public Persoon? FindPersoon(string id) =>
        Personen.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Persoon> PersonenMetRol(string gemeente, Rol rol) =>
        Personen.Where(p => string.Equals(p.Gemeente, gemeente, StringComparison.OrdinalIgnoreCase) && p.HasRol(rol));

    /// <summary>
    /// Who may sign for <paramref name="rol"/> on a dossier: afdelingsmanager and teamleider are per afdeling,
    /// the portefeuillehouder is the one holding the dossier's portfolio, other roles are anyone holding the role.
    /// </summary>
    public IReadOnlyList<Persoon> ResolveRol(string gemeente, Rol rol, string? afdeling, string portefeuille)
    {
        var holders = PersonenMetRol(gemeente, rol);
        return rol switch
        {
            Rol.Portefeuillehouder => holders.Where(p => p.HoldsPortefeuille(portefeuille)).ToList(),
            Rol.Afdelingsmanager or Rol.Teamleider when afdeling is not null =>
                holders.Where(p => p.Afdeling is null || string.Equals(p.Afdeling, afdeling, StringComparison.OrdinalIgnoreCase)).ToList(),
            _ => holders.ToList(),
        };
    }

    /// <summary>People standing in for <paramref name="persoonId"/> at <paramref name="now"/>.</summary>
    public IEnumerable<Persoon> ActieveVervangers(string persoonId, DateTimeOffset now) =>
        Vervangingen
            .Where(v => string.Equals(v.Vervangt, persoonId, StringComparison.OrdinalIgnoreCase) && v.IsActief(now))
            .Select(v => FindPersoon(v.Vervanger))
            .OfType<Persoon>();
}
