using System.Net;
using System.Text;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Domain.Storage;
using Automatisering.Domain.Samenwerking;
using Automatisering.Templating;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// Delivers one <see cref="DistributieOpdracht"/> effectively once: the bookkeeping blob says whether it went out;
/// an attempt that died between the channel's send and the bookkeeping ("bezig") is checked with the channel
/// (e.g. the message in Sent Items by its idempotency key) before anything is sent again.
/// </summary>
public sealed class DistributieService(
    BlobServiceClient blobs,
    IDistributieKanaal kanaal,
    IOptions<DistributieOptions> options,
    Organisatie organisatie,
    DossierService dossiers,
    DossierDocumentStore documenten,
    SamenwerkingService samenwerking,
    DocumentRenderer renderer,
    IPdfRenderer pdf,
    TimeProvider time)
{
    private static readonly SemaphoreSlim PdfConversions = new(2);
    private readonly JsonBlobStore<DistributieStand> _standen = new(blobs.GetBlobContainerClient("distributie"), BesluitvormingJson.Options);

    private OrganisatieConfig Org => organisatie.Config;

    /// <returns>null when delivered (now or before); otherwise why not, and the message is retried.</returns>
    public async Task<string?> BezorgAsync(DistributieOpdracht opdracht, CancellationToken cancellationToken)
    {
        var sleutel = opdracht.Sleutel;
        var stand = await _standen.GetAsync(StandKey(sleutel), cancellationToken);
        if (stand?.Value.Status == DistributieStand.Bezorgd)
        {
            return null;
        }

        if (stand?.Value.Status == DistributieStand.Bezig && await kanaal.IsAlBezorgdAsync(sleutel, cancellationToken))
        {
            await SchrijfAsync(sleutel, DistributieStand.Bezorgd, stand.Value.Pogingen, null, "na onderbreking gevonden", cancellationToken);
            return null;
        }

        var pogingen = (stand?.Value.Pogingen ?? 0) + 1;
        await SchrijfAsync(sleutel, DistributieStand.Bezig, pogingen, stand?.Value.LaatsteFout, null, cancellationToken);
        var bezorging = await BouwAsync(opdracht, cancellationToken);
        var resultaat = await kanaal.BezorgAsync(bezorging, cancellationToken);
        if (resultaat.Status == BezorgStatus.Onzeker && await kanaal.IsAlBezorgdAsync(sleutel, cancellationToken))
        {
            resultaat = resultaat with { Status = BezorgStatus.Bezorgd };
        }

        if (resultaat.IsBezorgd)
        {
            await SchrijfAsync(sleutel, DistributieStand.Bezorgd, pogingen, null, resultaat.Referentie, cancellationToken);
            return null;
        }

        var fout = $"{resultaat.Status}: {resultaat.Fout}";
        await SchrijfAsync(sleutel, DistributieStand.Mislukt, pogingen, fout, null, cancellationToken);
        return fout;
    }

    /// <summary>Whether the n-th decision of a dossier was ever taken up by the distribution (any delivery recorded).</summary>
    public async Task<bool> IsOpgepaktAsync(string dossierId, int besluitNr, CancellationToken cancellationToken)
    {
        await foreach (var _ in _standen.ListKeysAsync($"besluit/{dossierId}/{besluitNr}/", cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>Every delivery of a dossier's decisions, for the dossier page: failed ones stay visible.</summary>
    public async Task<IReadOnlyList<DistributieStand>> StandenAsync(string dossierId, CancellationToken cancellationToken)
    {
        var result = new List<DistributieStand>();
        await foreach (var key in _standen.ListKeysAsync($"besluit/{dossierId}/", cancellationToken))
        {
            if (await _standen.GetAsync(key, cancellationToken) is { } stand)
            {
                result.Add(stand.Value);
            }
        }

        return result;
    }

    private async Task<Bezorging> BouwAsync(DistributieOpdracht opdracht, CancellationToken cancellationToken)
    {
        var instellingen = options.Value.Gemeenten.GetValueOrDefault(opdracht.Gemeente);
        if (opdracht.Soort == DistributieOpdracht.Besluit)
        {
            var dossier = (await dossiers.LoadForSamenwerkingAsync(opdracht.DossierId!, cancellationToken)).Value;
            var besluit = dossier.Besluiten[opdracht.BesluitNr!.Value - 1];
            var map = $"besluit-{opdracht.BesluitNr}";
            var agendapunt = await documenten.GetAsync(dossier.Id, map, "agendapunt.docx", cancellationToken)
                ?? throw new InvalidOperationException($"the agendapunt of decision {opdracht.BesluitNr} of {dossier.Id} is missing");
            var collegeadvies = await documenten.GetAsync(dossier.Id, dossier.HuidigeVersie.Hash, "collegeadvies.docx", cancellationToken);
            var afzender = Org.GetGemeente(dossier.Gemeente).Naam;
            // A corrected decision goes to everyone who had the original, marked so that nobody keeps both as valid.
            var correctie = besluit.CorrectieVan is not null
                ? $"<p><strong>Correctie:</strong> dit bericht vervangt het eerder verzonden besluit over dit agendapunt. Reden: {Html(besluit.Reden ?? "")}</p>"
                : "";
            var body = correctie + $"<p>Het college van burgemeester en wethouders van {Html(afzender)} heeft op {besluit.Vergaderdatum:dd-MM-yyyy} besloten over <strong>{Html(dossier.Onderwerp)}</strong>: {Html(besluit.Uitkomst.Label())}.</p>"
                + BesluitHtml(besluit.BesluitPunten);
            List<Bijlage> bijlagen =
            [
                new("agendapunt.docx", DocumentRenderer.DocxContentType, agendapunt.Content),
                new("agendapunt.pdf", "application/pdf", await PdfAsync(dossier.Id, map, agendapunt, cancellationToken)),
            ];
            if (collegeadvies is not null)
            {
                bijlagen.Add(new("collegeadvies.docx", DocumentRenderer.DocxContentType, collegeadvies.Content));
            }

            var onderwerp = $"{(besluit.CorrectieVan is null ? "" : "Correctie – ")}Besluit B&W {afzender}: {dossier.Onderwerp} ({besluit.Uitkomst.Label()})";
            return new Bezorging(opdracht.Sleutel, opdracht.Gemeente, onderwerp, body,
                Ontvangers(instellingen?.SecretariaatEmail, opdracht.Gemeente, Rol.Bestuurssecretariaat), bijlagen, instellingen?.SharePoint);
        }

        var persbericht = (await samenwerking.GetPersberichtForDistributieAsync(opdracht.VoorstelId!, cancellationToken))
            ?? throw new InvalidOperationException($"the press release of {opdracht.VoorstelId} is missing");
        var vrijgave = persbericht.Vrijgaven.FirstOrDefault(v => v.Gemeente == opdracht.Gemeente)
            ?? throw new InvalidOperationException($"the press release of {opdracht.VoorstelId} is not released to {opdracht.Gemeente}");
        var template = (await renderer.ResolveAsync(opdracht.Gemeente, Persbericht.Template, cancellationToken))!.Template;
        var docx = renderer.Render(template, vrijgave.Inhoud) is { Docx: { } d } ? d : throw new InvalidOperationException("the press release does not fit its template");
        var titel = vrijgave.Inhoud.TryGetProperty("titel", out var t) ? t.GetString() : "Persbericht";
        return new Bezorging(opdracht.Sleutel, opdracht.Gemeente, $"Persbericht: {titel}", $"<p>{Html(titel ?? "")}</p><p>Het gezamenlijke persbericht is vrijgegeven; zie de bijlage.</p>",
            Ontvangers(null, opdracht.Gemeente, Rol.Communicatieadviseur),
            [new("persbericht.docx", DocumentRenderer.DocxContentType, docx), new("persbericht.pdf", "application/pdf", await ConvertAsync(docx, cancellationToken))],
            instellingen?.SharePoint);
    }

    private IReadOnlyList<string> Ontvangers(string? geconfigureerd, string gemeente, Rol rol) =>
        !string.IsNullOrWhiteSpace(geconfigureerd)
            ? geconfigureerd.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Org.PersonenMetRol(gemeente, rol).Select(p => p.Email).ToList();

    /// <summary>One PDF per decision document, stored beside it, however many municipalities receive it.</summary>
    private async Task<byte[]> PdfAsync(string dossierId, string map, StoredDocument docx, CancellationToken cancellationToken)
    {
        var naam = Path.ChangeExtension(docx.Name, ".pdf");
        if (await documenten.GetAsync(dossierId, map, naam, cancellationToken) is { } bestaand)
        {
            return bestaand.Content;
        }

        var bytes = await ConvertAsync(docx.Content, cancellationToken);
        await documenten.SaveAsync(dossierId, map, new Dictionary<string, byte[]> { [naam] = bytes }, cancellationToken);
        return bytes;
    }

    private async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        await PdfConversions.WaitAsync(cancellationToken);
        try
        {
            return await pdf.ConvertToPdfAsync(docx, cancellationToken);
        }
        finally
        {
            PdfConversions.Release();
        }
    }

    private Task SchrijfAsync(string sleutel, string status, int pogingen, string? fout, string? referentie, CancellationToken cancellationToken) =>
        _standen.UpdateAsync(StandKey(sleutel), _ => new DistributieStand(sleutel, status, pogingen, fout, referentie, time.GetUtcNow()), cancellationToken);

    /// <summary>The decision point by point, as in the documents: the number, the quoted passage, the sub-points.</summary>
    private static string BesluitHtml(IReadOnlyList<Besluitpunt> punten) =>
        punten.Count == 0 ? "" : string.Concat(punten.Select(p =>
            $"<p>{(p.Nr.Length > 0 ? Html(p.Nr) + ". " : "")}{Html(p.Tekst).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"
            + string.Concat(p.Intentie.Select(i => $"<blockquote><p><em>{Html(i)}</em></p></blockquote>"))
            + (p.Subpunten.Count == 0 ? "" : "<ul>" + string.Concat(p.Subpunten.Select(sub => $"<li>{Html(sub)}</li>")) + "</ul>")));

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string StandKey(string sleutel) => sleutel + ".json";
}
