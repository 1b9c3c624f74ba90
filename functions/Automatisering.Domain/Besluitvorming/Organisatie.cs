using Automatisering.Domain.Identity;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>The validated organisation configuration, loaded once at start-up; also the directory sign-ins map to.</summary>
public sealed class Organisatie(IOptions<OrganisatieOptions> options) : IPersonDirectory
{
    private readonly Lazy<OrganisatieConfig> _config = new(() => OrganisatieConfig.Load(File.ReadAllText(options.Value.ResolvedPath)));

    public OrganisatieConfig Config => _config.Value;

    public bool Exists(string personId) => Config.FindPersoon(personId) is not null;

    public string? FindByEmail(string email) =>
        Config.Personen.FirstOrDefault(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))?.Id;
}
