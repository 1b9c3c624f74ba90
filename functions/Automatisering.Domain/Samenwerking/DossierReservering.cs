namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A participant's dossier for a joint proposal being made: stored first, with If-None-Match, so of two people of
/// one gemeente starting it at the same moment only one makes a dossier (and takes a registration number).
/// </summary>
/// <param name="DossierId">The id the dossier gets.</param>
/// <param name="ActorId">Who is making it, to name them to the other.</param>
/// <param name="Sinds">When; a reservation older than <see cref="Verlopen"/> whose dossier never came (a stopped process) may be taken over.</param>
public sealed record DossierReservering(string DossierId, string ActorId, DateTimeOffset Sinds)
{
    public static readonly TimeSpan Verlopen = TimeSpan.FromMinutes(5);
}
