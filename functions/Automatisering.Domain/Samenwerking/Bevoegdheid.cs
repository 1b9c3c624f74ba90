using System.Text.Json;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>The guards the joint proposal and the press release share; they throw before anything changes.</summary>
internal static class Bevoegdheid
{
    /// <summary>The actor when they work for <paramref name="gemeente"/>; otherwise 403.</summary>
    public static Persoon MedewerkerVan(OrganisatieConfig org, string actorId, string gemeente, string actie)
    {
        ArgumentNullException.ThrowIfNull(org);
        var actor = string.IsNullOrWhiteSpace(actorId) ? null : org.FindPersoon(actorId);
        return actor is not null && IsVan(actor, gemeente)
            ? actor
            : throw new DossierForbiddenException($"'{actorId}' werkt niet voor gemeente '{gemeente}' en mag niet: {actie}.");
    }

    /// <summary>
    /// The actor when they are communicatieadviseur of <paramref name="gemeente"/> or stand in for one today; a
    /// substitute counts because a press release should not wait for someone's holiday.
    /// </summary>
    public static Persoon CommunicatieadviseurVan(OrganisatieConfig org, string actorId, string gemeente, DateTimeOffset now, string actie)
    {
        ArgumentNullException.ThrowIfNull(org);
        var actor = string.IsNullOrWhiteSpace(actorId) ? null : org.FindPersoon(actorId);
        var bevoegd = actor is not null && org.PersonenMetRol(gemeente, Rol.Communicatieadviseur)
            .Any(p => Same(p.Id, actor.Id) || org.ActieveVervangers(p.Id, now).Any(v => Same(v.Id, actor.Id)));
        return bevoegd
            ? actor!
            : throw new DossierForbiddenException($"'{actorId}' is geen communicatieadviseur van gemeente '{gemeente}' en mag niet: {actie}.");
    }

    public static bool IsVan(Persoon persoon, string gemeente) => Same(persoon.Gemeente, gemeente);

    public static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static string RequireText(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is verplicht.", name) : value.Trim();

    public static void RequireObject(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{name} moet een JSON-object zijn, geen {value.ValueKind}.", name);
        }
    }
}
