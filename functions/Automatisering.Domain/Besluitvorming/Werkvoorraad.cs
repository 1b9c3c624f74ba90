using Automatisering.Domain.Storage;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Per gemeente one blob (<c>werkvoorraad/{gemeente}.json</c>) listing its dossiers with their step and the people
/// they wait on, so an inbox or a status list is one read, not one per dossier. Updated after every dossier change
/// with its own ETag retry; the reminder timer rebuilds it from the dossiers, repairing an update a crash lost.
/// </summary>
public sealed class Werkvoorraad(BlobServiceClient blobs)
{
    private readonly JsonBlobStore<Dictionary<string, WerkvoorraadRegel>> _store =
        new(blobs.GetBlobContainerClient("werkvoorraad"), BesluitvormingJson.Options);

    public async Task<IReadOnlyCollection<WerkvoorraadRegel>> GetAsync(string gemeente, CancellationToken cancellationToken = default) =>
        (await _store.GetAsync(Key(gemeente), cancellationToken))?.Value.Values ?? (IReadOnlyCollection<WerkvoorraadRegel>)[];

    public Task UpdateAsync(Dossier dossier, OrganisatieConfig org, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAsync(dossier.Gemeente, list => list[dossier.Id] = Regel(dossier, org, now), cancellationToken);

    public Task ReplaceAllAsync(string gemeente, IEnumerable<WerkvoorraadRegel> regels, CancellationToken cancellationToken = default) =>
        ChangeAsync(gemeente, list =>
        {
            list.Clear();
            foreach (var regel in regels)
            {
                list[regel.DossierId] = regel;
            }
        }, cancellationToken);

    public static WerkvoorraadRegel Regel(Dossier dossier, OrganisatieConfig org, DateTimeOffset now)
    {
        var stap = dossier.HuidigeStap is { } index && dossier.Status == DossierStatus.InRoute ? dossier.Stappen[index] : null;
        return new WerkvoorraadRegel(
            dossier.Id,
            dossier.Onderwerp,
            dossier.Status,
            stap?.Naam,
            // The assigned people only; substitutes are resolved when the inbox is read, as substitution depends on the day.
            dossier.WaitingOn(org, now).Where(w => w.NamensPersoonId is null).Select(w => w.PersoonId).Distinct().ToList(),
            stap?.ActiefSinds,
            dossier.Vergaderdatum,
            dossier.AuteurId,
            dossier.GewijzigdOp);
    }

    private Task ChangeAsync(string gemeente, Action<Dictionary<string, WerkvoorraadRegel>> change, CancellationToken cancellationToken) =>
        _store.UpdateAsync(Key(gemeente), list =>
        {
            list ??= new Dictionary<string, WerkvoorraadRegel>(StringComparer.Ordinal);
            change(list);
            return list;
        }, cancellationToken);

    private static string Key(string gemeente) => $"{gemeente}.json";
}
