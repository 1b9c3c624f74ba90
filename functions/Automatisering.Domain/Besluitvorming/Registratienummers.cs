using System.Globalization;
using Automatisering.Domain.Storage;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// Hands out a gemeente's registration numbers per year ("2026-0123"). The counter lives in one blob per gemeente
/// and year, raised with If-Match, so simultaneous creations get distinct numbers; a number taken by a creation
/// that failed afterwards is skipped, never handed out again.
/// </summary>
public sealed class Registratienummers(BlobServiceClient blobs)
{
    private readonly JsonBlobStore<RegistratieTeller> _tellers = new(blobs.GetBlobContainerClient("registratienummers"), BesluitvormingJson.Options);

    public async Task<string> VolgendeAsync(string gemeente, DateOnly datum, CancellationToken cancellationToken)
    {
        var teller = await _tellers.UpdateAsync($"{gemeente}/{datum.Year}.json", t => new RegistratieTeller(t is null ? 1 : t.Laatste + 1), cancellationToken);
        return Format(datum.Year, teller.Laatste);
    }

    public static string Format(int jaar, int volgnummer) =>
        string.Create(CultureInfo.InvariantCulture, $"{jaar}-{volgnummer:0000}");
}
