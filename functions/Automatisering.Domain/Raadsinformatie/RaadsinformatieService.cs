using System.Globalization;
using System.Security.Cryptography;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Samenwerking;
using Automatisering.Domain.Storage;
using Azure;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Raadsinformatie;

/// <summary>
/// The joint council information platform of a cooperation (container <c>raadsinformatie</c>): its library of
/// documents by kind, versioned, and its theme meetings. Who sees what: raadsleden and griffiers see the
/// cooperations their municipality takes part in, the executing organisation its own cooperation; confidential
/// documents only the griffiers, the executing organisation and the portefeuillehouders. Nothing here is public.
/// </summary>
public sealed partial class RaadsinformatieService(
    BlobServiceClient blobs, Organisatie organisatie, SamenwerkingService samenwerking, INotificatieService notificaties, TimeProvider time,
    ILogger<RaadsinformatieService> logger)
{
    public const string Container = "raadsinformatie";

    /// <summary>Largest file in the library: 20 MB, as for the dossiers' uploads.</summary>
    public const int MaxBestand = 20 * 1024 * 1024;

    private static readonly Rol[] PlatformRollen = [Rol.Raadslid, Rol.Griffier, Rol.Uitvoeringsorganisatie, Rol.Portefeuillehouder];
    private static readonly Rol[] VertrouwelijkRollen = [Rol.Griffier, Rol.Uitvoeringsorganisatie, Rol.Portefeuillehouder];

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);
    private readonly JsonBlobStore<Raadsdocument> _documenten = new(blobs.GetBlobContainerClient(Container), BesluitvormingJson.Options);
    private readonly JsonBlobStore<Themabijeenkomst> _bijeenkomsten = new(blobs.GetBlobContainerClient(Container), BesluitvormingJson.Options);

    private OrganisatieConfig Org => organisatie.Config;

    /// <summary>The cooperations the person may open on the platform, in name order.</summary>
    public IReadOnlyList<string> Verbanden(string actorId)
    {
        var persoon = Org.FindPersoon(actorId);
        if (persoon is null || !PlatformRollen.Any(persoon.HasRol))
        {
            return [];
        }

        if (persoon.HasRol(Rol.Uitvoeringsorganisatie) && persoon.Samenwerkingsverband is { } eigen)
        {
            return [eigen];
        }

        return Org.FindGemeente(persoon.Gemeente)?.Samenwerkingsverbanden.Order(StringComparer.Ordinal).ToList() ?? [];
    }

    /// <summary>The municipalities taking part in the cooperation.</summary>
    public IReadOnlyList<Gemeente> Deelnemers(string verband) =>
        Org.Gemeenten.Where(g => g.Samenwerkingsverbanden.Contains(verband, StringComparer.OrdinalIgnoreCase)).ToList();

    public bool MagUploaden(string actorId, string verband) =>
        Org.FindPersoon(actorId) is { } p && Verbanden(actorId).Contains(verband, StringComparer.OrdinalIgnoreCase)
        && (p.HasRol(Rol.Griffier) || p.HasRol(Rol.Uitvoeringsorganisatie));

    public bool IsGriffier(string actorId, string verband) =>
        Org.FindPersoon(actorId) is { } p && p.HasRol(Rol.Griffier) && Verbanden(actorId).Contains(verband, StringComparer.OrdinalIgnoreCase);

    public bool ZietVertrouwelijk(string actorId) => Org.FindPersoon(actorId) is { } p && VertrouwelijkRollen.Any(p.HasRol);

    /// <summary>Each joint proposal of the cooperation with every municipality's college decision and council milestones.</summary>
    public async Task<IReadOnlyList<SamenwerkingsOverzicht>> VoorstellenAsync(string actorId, string verband, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        return await samenwerking.OverzichtenVanVerbandAsync(verband, cancellationToken);
    }

    /// <summary>The library, newest first; filtered on a part of the title and on the kind. Confidential documents only for whom the role allows.</summary>
    public async Task<IReadOnlyList<Raadsdocument>> DocumentenAsync(string actorId, string verband, string? zoek, DocumentSoort? soort, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        var vertrouwelijk = ZietVertrouwelijk(actorId);
        var result = new List<Raadsdocument>();
        await foreach (var key in _documenten.ListKeysAsync($"{verband}/documenten/", cancellationToken))
        {
            if (await _documenten.GetAsync(key, cancellationToken) is { Value: var d }
                && (vertrouwelijk || !d.Vertrouwelijk)
                && (soort is null || d.Soort == soort)
                && (string.IsNullOrWhiteSpace(zoek) || d.Titel.Contains(zoek.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            {
                result.Add(d);
            }
        }

        return result.OrderByDescending(d => d.Datum).ThenBy(d => d.Titel, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Raadsdocument> DocumentAsync(string actorId, string verband, string id, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        var document = (await _documenten.GetAsync(DocumentKey(verband, id), cancellationToken))?.Value;

        // A confidential document someone may not see does not exist for them: no hint that it is there.
        if (document is null || (document.Vertrouwelijk && !ZietVertrouwelijk(actorId)))
        {
            throw new DossierNotFoundException(id);
        }

        return document;
    }

    /// <summary>A version's file (the current one when <paramref name="versie"/> is null).</summary>
    public async Task<(DocumentVersieBestand Versie, byte[] Inhoud)> BestandAsync(string actorId, string verband, string id, int? versie, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(actorId, verband, id, cancellationToken);
        var v = versie is { } n ? document.Versies.FirstOrDefault(x => x.Nummer == n) ?? throw new DossierNotFoundException($"{id} versie {n}") : document.Huidige;
        var content = await _container.GetBlobClient(BestandKey(document.Samenwerkingsverband, id, v.Nummer, v.Bestandsnaam)).DownloadContentAsync(cancellationToken);
        return (v, content.Value.Content.ToArray());
    }

    /// <summary>
    /// The executing organisation or a griffier adds a document, or (with <paramref name="bestaandId"/>) a new version
    /// of one: its description is updated, the earlier versions stay. Every field is checked before anything is stored.
    /// </summary>
    public async Task<Raadsdocument> UploadAsync(
        string actorId, string verband, string? bestaandId, string titel, DocumentSoort soort, DateOnly datum, DateOnly periodeVan, DateOnly periodeTot,
        bool vertrouwelijk, string bestandsnaam, string contentType, byte[] inhoud, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        if (!MagUploaden(actorId, verband))
        {
            throw new DossierForbiddenException($"Alleen de uitvoeringsorganisatie en de griffiers van {verband} plaatsen documenten.");
        }

        var fouten = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(titel)) fouten["titel"] = "Vul de titel in.";
        else if (titel.Length > Tekstlengte.Kort) fouten["titel"] = $"De titel is te lang (hoogstens {Tekstlengte.Kort} tekens).";
        if (periodeTot < periodeVan) fouten["periodeTot"] = "Het einde van de periode ligt vóór het begin.";
        if (inhoud.Length == 0) fouten["bestand"] = "Kies een bestand.";
        else if (inhoud.Length > MaxBestand) fouten["bestand"] = "Het bestand is groter dan 20 MB.";
        var naam = Path.GetFileName(bestandsnaam ?? "").Trim();
        if (inhoud.Length > 0 && !IsToegestaan(naam, inhoud)) fouten["bestand"] = "Alleen een PDF- of Word-bestand (.pdf, .docx) kan worden geplaatst.";
        Weiger(fouten);

        var now = time.GetUtcNow();
        var id = bestaandId ?? $"{now:yyyyMMdd}-{Guid.NewGuid().ToString("n")[..8]}";
        var type = naam.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : Documenten.DocumentRenderer.DocxContentType;
        var document = await _documenten.UpdateAsync(DocumentKey(verband, id), bestaand =>
        {
            if (bestaandId is not null && bestaand is null)
            {
                throw new DossierNotFoundException(bestaandId);
            }

            var versies = bestaand?.Versies ?? [];
            var versie = new DocumentVersieBestand(versies.Count + 1, naam, type, inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(inhoud)), actorId, now);
            return new Raadsdocument(id, verband, titel.Trim(), soort, datum, periodeVan, periodeTot, vertrouwelijk, [.. versies, versie]);
        }, cancellationToken);
        await _container.GetBlobClient(BestandKey(verband, id, document.Huidige.Nummer, naam)).UploadAsync(BinaryData.FromBytes(inhoud), overwrite: true, cancellationToken);
        LogDocument(logger, verband, document.Titel, document.Soort, document.Huidige.Nummer, actorId);
        return document;
    }

    /// <summary>The cooperation's theme meetings: the coming ones first (calendar), then those held, newest first.</summary>
    public async Task<(IReadOnlyList<Themabijeenkomst> Komend, IReadOnlyList<Themabijeenkomst> Geweest)> BijeenkomstenAsync(string actorId, string verband, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        var alle = new List<Themabijeenkomst>();
        await foreach (var key in _bijeenkomsten.ListKeysAsync($"{verband}/bijeenkomsten/", cancellationToken))
        {
            if (await _bijeenkomsten.GetAsync(key, cancellationToken) is { } stored)
            {
                alle.Add(stored.Value);
            }
        }

        var vandaag = NederlandseTijd.Datum(time.GetUtcNow());
        return (alle.Where(b => b.Datum >= vandaag).OrderBy(b => b.Datum).ToList(), alle.Where(b => b.Datum < vandaag).OrderByDescending(b => b.Datum).ToList());
    }

    public async Task<Themabijeenkomst> BijeenkomstAsync(string actorId, string verband, string id, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        return (await _bijeenkomsten.GetAsync(BijeenkomstKey(verband, id), cancellationToken))?.Value ?? throw new DossierNotFoundException(id);
    }

    /// <summary>
    /// A griffier plans a theme meeting for the councils taking part; their raadsleden and griffiers are notified
    /// through the usual channel, once per meeting.
    /// </summary>
    public async Task<Themabijeenkomst> PlanAsync(
        string actorId, string verband, string titel, DateOnly datum, string tijd, string plaats, IReadOnlyList<string> gemeenten, IReadOnlyList<AgendaOnderdeel> agenda, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        if (!IsGriffier(actorId, verband))
        {
            throw new DossierForbiddenException($"Alleen een griffier van {verband} plant een themabijeenkomst.");
        }

        var deelnemers = Deelnemers(verband).Select(g => g.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fouten = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(titel)) fouten["titel"] = "Vul het thema in.";
        else if (titel.Length > Tekstlengte.Kort) fouten["titel"] = $"Het thema is te lang (hoogstens {Tekstlengte.Kort} tekens).";
        if (string.IsNullOrWhiteSpace(plaats)) fouten["plaats"] = "Vul de plaats in.";
        else if (plaats.Length > Tekstlengte.Kort) fouten["plaats"] = $"De plaats is te lang (hoogstens {Tekstlengte.Kort} tekens).";
        if (!TimeOnly.TryParseExact(tijd, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) fouten["tijd"] = "Vul de tijd in als uu:mm, bijvoorbeeld 19:30.";
        if (datum < NederlandseTijd.Datum(time.GetUtcNow())) fouten["datum"] = "Kies een datum vanaf vandaag.";
        if (gemeenten.Count == 0) fouten["gemeenten"] = "Kies de raden die deelnemen.";
        else if (gemeenten.FirstOrDefault(g => !deelnemers.Contains(g)) is { } vreemd) fouten["gemeenten"] = $"'{vreemd}' neemt niet deel aan {verband}.";
        if (agenda.Any(a => string.IsNullOrWhiteSpace(a.Onderwerp) || a.Onderwerp.Length > Tekstlengte.Kort)) fouten["agenda"] = $"Elk agendaonderdeel heeft een onderwerp van hoogstens {Tekstlengte.Kort} tekens.";
        foreach (var documentId in agenda.SelectMany(a => a.DocumentIds).Distinct())
        {
            if (await _documenten.GetAsync(DocumentKey(verband, documentId), cancellationToken) is null)
            {
                fouten["agenda"] = $"Document '{documentId}' staat niet in de bibliotheek van {verband}.";
            }
        }

        Weiger(fouten);

        var id = $"{datum:yyyyMMdd}-{Guid.NewGuid().ToString("n")[..8]}";
        var slugs = gemeenten.Select(g => Org.GetGemeente(g).Slug).Distinct().ToList();
        var bijeenkomst = new Themabijeenkomst(id, verband, titel.Trim(), datum, tijd, plaats.Trim(), slugs, agenda, new Dictionary<string, bool>(), null, null, actorId);
        await _bijeenkomsten.CreateAsync(BijeenkomstKey(verband, id), bijeenkomst, cancellationToken);

        var ontvangers = Org.Personen.Where(p => slugs.Contains(p.Gemeente, StringComparer.OrdinalIgnoreCase) && (p.HasRol(Rol.Raadslid) || p.HasRol(Rol.Griffier))).ToList();
        await notificaties.VerstuurEenmaligAsync(new Notificatie(
            $"themabijeenkomst/{verband}/{id}/uitnodiging",
            ontvangers.Select(p => p.Id).ToList(),
            ontvangers.Select(p => p.Email).ToList(),
            $"Themabijeenkomst {verband}: {bijeenkomst.Titel}",
            $"U bent uitgenodigd voor de themabijeenkomst ‘{bijeenkomst.Titel}’ van {verband} op {datum.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))} om {tijd} in {bijeenkomst.Plaats}. De stukken staan op het raadsinformatieplatform.",
            time.GetUtcNow()), cancellationToken);
        LogGepland(logger, verband, bijeenkomst.Titel, datum, actorId);
        return bijeenkomst;
    }

    /// <summary>A griffier registers which of their own raadsleden attended (or will attend); other municipalities' stay as they are.</summary>
    public async Task<Themabijeenkomst> RegistreerAanwezigheidAsync(string actorId, string verband, string id, IReadOnlyCollection<string> aanwezig, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        var griffier = Org.FindPersoon(actorId)!;
        if (!griffier.HasRol(Rol.Griffier))
        {
            throw new DossierForbiddenException("Alleen een griffier registreert de aanwezigheid van de raadsleden.");
        }

        var bijeenkomst = await BijeenkomstAsync(actorId, verband, id, cancellationToken);
        if (!bijeenkomst.Gemeenten.Contains(griffier.Gemeente, StringComparer.OrdinalIgnoreCase))
        {
            throw new DossierForbiddenException($"De raad van {griffier.Gemeente} neemt niet deel aan deze themabijeenkomst.");
        }

        var eigen = Raadsleden(griffier.Gemeente).Select(p => p.Id).ToList();
        if (aanwezig.FirstOrDefault(a => !eigen.Contains(a, StringComparer.OrdinalIgnoreCase)) is { } vreemd)
        {
            throw new ArgumentException($"'{vreemd}' is geen raadslid van uw gemeente.", nameof(aanwezig));
        }

        var result = await _bijeenkomsten.UpdateAsync(BijeenkomstKey(verband, id), b =>
        {
            var stand = new Dictionary<string, bool>(b!.Aanwezigheid, StringComparer.OrdinalIgnoreCase);
            foreach (var lid in eigen)
            {
                stand[lid] = aanwezig.Contains(lid, StringComparer.OrdinalIgnoreCase);
            }

            return b with { Aanwezigheid = stand };
        }, cancellationToken);
        LogAanwezigheid(logger, verband, id, griffier.Gemeente, aanwezig.Count);
        return result;
    }

    /// <summary>A griffier publishes the meeting's notes, on or after the meeting day; the participants are told.</summary>
    public async Task<Themabijeenkomst> PubliceerVerslagAsync(string actorId, string verband, string id, string verslag, CancellationToken cancellationToken)
    {
        verband = VereisToegang(actorId, verband);
        if (!IsGriffier(actorId, verband))
        {
            throw new DossierForbiddenException("Alleen een griffier publiceert het verslag.");
        }

        if (string.IsNullOrWhiteSpace(verslag))
        {
            throw new ArgumentException("Vul het verslag in.", nameof(verslag));
        }

        Tekstlengte.Bewaak(verslag, nameof(verslag), Tekstlengte.Besluittekst);
        var bijeenkomst = await BijeenkomstAsync(actorId, verband, id, cancellationToken);
        var now = time.GetUtcNow();
        if (NederlandseTijd.Datum(now) < bijeenkomst.Datum)
        {
            throw new DossierStateException($"Het verslag kan pas op of na de bijeenkomst van {bijeenkomst.Datum:dd-MM-yyyy} worden gepubliceerd.");
        }

        var result = await _bijeenkomsten.UpdateAsync(BijeenkomstKey(verband, id), b => b! with { Verslag = verslag.Trim(), VerslagGepubliceerdOp = now }, cancellationToken);
        var ontvangers = Org.Personen.Where(p => result.Gemeenten.Contains(p.Gemeente, StringComparer.OrdinalIgnoreCase) && p.HasRol(Rol.Raadslid)).ToList();
        await notificaties.VerstuurEenmaligAsync(new Notificatie(
            $"themabijeenkomst/{verband}/{id}/verslag", ontvangers.Select(p => p.Id).ToList(), ontvangers.Select(p => p.Email).ToList(),
            $"Verslag themabijeenkomst {verband}: {result.Titel}", $"Het verslag van de themabijeenkomst ‘{result.Titel}’ staat op het raadsinformatieplatform.", now), cancellationToken);
        return result;
    }

    /// <summary>The raadsleden of a municipality, in name order.</summary>
    public IReadOnlyList<Persoon> Raadsleden(string gemeente) => Org.PersonenMetRol(gemeente, Rol.Raadslid).OrderBy(p => p.Naam, StringComparer.CurrentCulture).ToList();

    /// <summary>The cooperation as spelled in the configuration; a refusal for whoever may not open it.</summary>
    private string VereisToegang(string actorId, string verband)
    {
        var verbanden = Verbanden(actorId);
        return verbanden.FirstOrDefault(v => string.Equals(v, verband, StringComparison.OrdinalIgnoreCase))
            ?? throw new DossierForbiddenException($"U heeft geen toegang tot het raadsinformatieplatform van {verband}.");
    }

    /// <summary>Refuses the input at its first wrong field (the API's problem details and the form name it), before anything is stored.</summary>
    private static void Weiger(Dictionary<string, string> fouten)
    {
        if (fouten.Count > 0)
        {
            var (veld, reden) = fouten.First();
            throw new ArgumentException(reden, veld);
        }
    }

    /// <summary>PDF or Word only, recognised by name and by the file's first bytes (a renamed executable is refused).</summary>
    private static bool IsToegestaan(string naam, byte[] inhoud) =>
        (naam.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && inhoud.AsSpan().StartsWith("%PDF"u8))
        || (naam.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && inhoud.AsSpan().StartsWith("PK\u0003\u0004"u8));

    private static string DocumentKey(string verband, string id) => $"{verband}/documenten/{id}.json";

    private static string BijeenkomstKey(string verband, string id) => $"{verband}/bijeenkomsten/{id}.json";

    private static string BestandKey(string verband, string id, int versie, string naam) => $"{verband}/bestanden/{id}/{versie}/{naam}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Raadsinformatie {Verband}: document '{Titel}' ({Soort}) versie {Versie} geplaatst door {Door}")]
    private static partial void LogDocument(ILogger logger, string verband, string titel, DocumentSoort soort, int versie, string door);

    [LoggerMessage(Level = LogLevel.Information, Message = "Raadsinformatie {Verband}: themabijeenkomst '{Titel}' op {Datum} gepland door {Door}")]
    private static partial void LogGepland(ILogger logger, string verband, string titel, DateOnly datum, string door);

    [LoggerMessage(Level = LogLevel.Information, Message = "Raadsinformatie {Verband}: aanwezigheid bij {Bijeenkomst} voor {Gemeente}: {Aantal} aanwezig")]
    private static partial void LogAanwezigheid(ILogger logger, string verband, string bijeenkomst, string gemeente, int aantal);
}
