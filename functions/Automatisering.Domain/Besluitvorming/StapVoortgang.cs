using System.Text.Json.Serialization;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Progress of one route step within a dossier. The step's roles are copied from the configuration at submit so the
/// stored dossier shows its own route; who may sign is still resolved from the configuration at the moment of acting.
/// </summary>
public sealed record StapVoortgang(
    int Index,
    string Naam,
    IReadOnlyList<Rol> Rollen,
    string? When,
    bool Overgeslagen,
    IReadOnlyList<Paraaf> Parafen,
    DateTimeOffset? ActiefSinds)
{
    [JsonIgnore]
    public bool IsAfgerond => Overgeslagen || Rollen.All(r => Parafen.Any(p => p.Rol == r));

    [JsonIgnore]
    public IReadOnlyList<Rol> OpenRollen => Overgeslagen ? [] : Rollen.Where(r => Parafen.All(p => p.Rol != r)).ToList();
}
