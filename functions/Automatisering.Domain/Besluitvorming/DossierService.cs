using System.Globalization;
using System.Text.Json;
using Automatisering.Domain.Storage;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The dossier's life in storage: every action loads the dossier with its ETag, lets the aggregate decide, and
/// stores it only at that ETag (If-Match), so of simultaneous actions exactly one wins and the others get a 409.
/// Afterwards the gemeente's work list is updated and the action appended to the audit trail; a refused
/// (forbidden) attempt is audited as "denied" and changes nothing.
/// </summary>
public sealed partial class DossierService(
    BlobServiceClient blobs,
    Organisatie organisatie,
    DossierDocumenten documenten,
    DossierDocumentStore documentStore,
    VersieInhoudStore versies,
    AuditTrailStore audit,
    Werkvoorraad werkvoorraad,
    VergaderkalenderService kalenders,
    Registratienummers registratienummers,
    Notificaties.NotificatieDienst meldingen,
    QueueServiceClient queues,
    TimeProvider time,
    ILogger<DossierService> logger)
{
    private readonly JsonBlobStore<Dossier> _dossiers = new(blobs.GetBlobContainerClient("dossiers"), BesluitvormingJson.Options);
    private readonly JsonBlobStore<Collegevergadering> _vergaderingen = new(blobs.GetBlobContainerClient("vergaderingen"), BesluitvormingJson.Options);

    private OrganisatieConfig Org => organisatie.Config;

    /// <param name="overgenomen">Content the fields were taken from (a joint proposal's shared content): its dates count as known, not as typed in now.</param>
    public Task<Stored<Dossier>> CreateAsync(Handeling handeling, string? gemeente, string onderwerp, string portefeuille, bool financieleGevolgen, JsonElement velden, CancellationToken cancellationToken, JsonElement? overgenomen = null) =>
        CreateAsync(handeling, gemeente, onderwerp, portefeuille, financieleGevolgen, velden, null, overgenomen, cancellationToken);

    /// <summary>A new dossier id for the gemeente: <c>{gemeente}-{yyyyMMdd}-{8 hex}</c>.</summary>
    internal string NieuwId(string gemeente) => $"{gemeente}-{time.GetUtcNow():yyyyMMdd}-{Guid.NewGuid().ToString("n")[..8]}";

    /// <summary>Whether a dossier with this id was stored, without reading it on anyone's behalf.</summary>
    internal async Task<bool> BestaatAsync(string id, CancellationToken cancellationToken) =>
        await _dossiers.GetAsync(Key(id), cancellationToken) is not null;

    /// <param name="id">The id reserved for it beforehand (a joint proposal's participant); null for a new one.</param>
    internal async Task<Stored<Dossier>> CreateAsync(Handeling handeling, string? gemeente, string onderwerp, string portefeuille, bool financieleGevolgen, JsonElement velden, string? id, JsonElement? overgenomen, CancellationToken cancellationToken)
    {
        var auteur = Org.FindPersoon(handeling.ActorId) ?? throw new DossierForbiddenException($"'{handeling.ActorId}' is geen bekende medewerker.");
        gemeente ??= auteur.Gemeente;
        if (string.IsNullOrWhiteSpace(onderwerp))
        {
            throw new ArgumentException("Onderwerp is verplicht.", nameof(onderwerp));
        }

        Tekstlengte.Bewaak(onderwerp, nameof(onderwerp), Tekstlengte.Kort);
        Tekstlengte.Bewaak(portefeuille, nameof(portefeuille), Tekstlengte.Kort);

        var now = time.GetUtcNow();
        id ??= NieuwId(gemeente);
        if (Org.FindGemeente(gemeente) is null)
        {
            throw new ArgumentException($"Gemeente '{gemeente}' bestaat niet.", nameof(gemeente));
        }

        // Created once to let the aggregate check the author and to render its documents, then again with the hash
        // of what was rendered. A refusal goes into the gemeente's own trail, as no dossier exists to hold it.
        Dossier dossier;
        try
        {
            dossier = Dossier.Create(Org, id, gemeente, auteur.Id, onderwerp, portefeuille, velden, new string('0', 64), financieleGevolgen, now);
        }
        catch (DossierForbiddenException)
        {
            await audit.AppendAsync($"gemeente-{gemeente}", handeling.ActorId, "aanmaken", id, AuditResult.Denied, handeling.Origin, now, null, cancellationToken);
            throw;
        }

        // Resolved once, so both renderings and the record use the same template versions.
        var sjablonen = await documenten.SjablonenAsync(gemeente, DossierDocumenten.VersionTemplates, cancellationToken);
        var (errors, docs) = documenten.RenderVersion(dossier, Org, sjablonen);
        errors = [.. errors, .. Datumcontrole.Controleer(velden, overgenomen, NederlandseTijd.Datum(now))];
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        // The number is taken only once the fields are accepted, so refused attempts leave no gaps; the documents
        // are rendered again to carry it.
        var nummer = await registratienummers.VolgendeAsync(gemeente, NederlandseTijd.Datum(now), cancellationToken);
        dossier = Dossier.Create(Org, id, gemeente, auteur.Id, onderwerp, portefeuille, velden, new string('0', 64), financieleGevolgen, now, nummer);
        (_, docs) = documenten.RenderVersion(dossier, Org, sjablonen);
        var hash = DossierDocumentStore.VersionHash(docs);
        dossier = Dossier.Create(Org, id, gemeente, auteur.Id, onderwerp, portefeuille, velden, hash, financieleGevolgen, now, nummer, DossierDocumenten.Herkomst(sjablonen));
        var regel = new AuditOpdracht(auteur.Id, "aanmaken", "versie 1", AuditResult.Ok, handeling.Origin, now, hash);
        dossier.OpenAudit = [regel];
        await documentStore.SaveAsync(id, hash, docs, cancellationToken);
        await versies.SaveAsync(id, hash, new VersieInhoud(dossier.Velden, dossier.FinancieleGevolgen), cancellationToken);
        var etag = await _dossiers.CreateAsync(Key(dossier.Id), dossier, cancellationToken);
        await werkvoorraad.UpdateAsync(dossier, Org, now, cancellationToken);
        await audit.AppendOnceAsync(id, regel, cancellationToken);
        return new Stored<Dossier>(dossier, etag);
    }

    /// <summary>What creating a dossier with these fields in the actor's gemeente would refuse, with nothing stored.</summary>
    public IReadOnlyList<Automatisering.Templating.FieldError> CheckVelden(string actorId, string onderwerp, JsonElement velden)
    {
        var auteur = Org.FindPersoon(actorId) ?? throw new DossierForbiddenException($"'{actorId}' is geen bekende medewerker.");
        return [.. documenten.Check(Org, auteur.Gemeente, onderwerp, auteur, velden), .. Datumcontrole.Controleer(velden, null, NederlandseTijd.Datum(time.GetUtcNow()))];
    }

    /// <summary>A dossier read on behalf of a joint proposal, whose participants may follow each other's dossiers.</summary>
    internal Task<Stored<Dossier>> LoadForSamenwerkingAsync(string id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    /// <summary>A dossier read by the publication, which decides itself what of it may be seen (nothing confidential).</summary>
    internal Task<Stored<Dossier>> LoadVoorPublicatieAsync(string id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    /// <summary>A meeting read by the publication, for the agenda number and order of a published item.</summary>
    internal async Task<Collegevergadering?> LoadVergaderingVoorPublicatieAsync(string gemeente, DateOnly datum, CancellationToken cancellationToken) =>
        (await _vergaderingen.GetAsync(VergaderingKey(gemeente, datum), cancellationToken))?.Value;

    public async Task<Stored<Dossier>> GetAsync(string actorId, string id, CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(id, cancellationToken);
        EnsureVisible(actorId, stored.Value);
        return stored;
    }

    public async Task<Stored<Dossier>> EditAsync(Handeling handeling, string id, JsonElement velden, bool? financieleGevolgen, CancellationToken cancellationToken) =>
        await MeldNaAsync(await MutateAsync(handeling, id, "bewerken", async (dossier, now) =>
        {
            var draft = JsonSerializer.Deserialize<Dossier>(JsonSerializer.Serialize(dossier, BesluitvormingJson.Options), BesluitvormingJson.Options)!;
            draft.Edit(Org, handeling.ActorId, velden, new string('f', 64), now, financieleGevolgen); // guards first, with a placeholder hash
            var sjablonen = await documenten.SjablonenAsync(dossier.Gemeente, DossierDocumenten.VersionTemplates, cancellationToken);
            var (errors, docs) = documenten.RenderVersion(draft, Org, sjablonen);
            errors = [.. errors, .. Datumcontrole.Controleer(velden, dossier.Velden, NederlandseTijd.Datum(now))];
            if (errors.Count > 0)
            {
                throw new FieldValidationException(errors);
            }

            var bijlagen = (await documentStore.ListAsync(dossier.Id, dossier.HuidigeVersie.Hash, cancellationToken))
                .Where(d => !docs.ContainsKey(d.Key));
            docs = new Dictionary<string, byte[]>(docs.Concat(bijlagen), StringComparer.Ordinal);
            var hash = DossierDocumentStore.VersionHash(docs);
            dossier.Edit(Org, handeling.ActorId, velden, hash, now, financieleGevolgen, DossierDocumenten.Herkomst(sjablonen));
            await documentStore.SaveAsync(dossier.Id, hash, docs, cancellationToken);
            await versies.SaveAsync(dossier.Id, hash, new VersieInhoud(dossier.Velden, dossier.FinancieleGevolgen), cancellationToken);
            return ($"versie {dossier.HuidigeVersie.Nummer}", hash);
        }, cancellationToken), d => d.Status == DossierStatus.InRoute ? Notificaties.GebeurtenisSoort.VolgendeStap : null, cancellationToken);

    /// <summary>
    /// Adds an attachment (a .docx, e.g. the handvest, or a .pdf) to the dossier: a new version made of the current
    /// documents plus the attachment, so parafen on the old version lapse as with any edit. A .docx is inspected
    /// like an uploaded template (no macros, external links, altChunk, zip bombs).
    /// </summary>
    public Task<Stored<Dossier>> AddBijlageAsync(Handeling handeling, string id, string naam, byte[] inhoud, CancellationToken cancellationToken) =>
        MutateAsync(handeling, id, "bijlage", async (dossier, now) =>
        {
            if (!DossierDocumenten.IsBijlageNaam(naam))
            {
                throw new ArgumentException("Gebruik een bestandsnaam van kleine letters, cijfers, '-', '_' en '.', eindigend op .docx of .pdf, anders dan agendapunt.docx en collegeadvies.docx.", "naam");
            }

            if (naam.EndsWith(".pdf", StringComparison.Ordinal) && !inhoud.AsSpan().StartsWith("%PDF"u8))
            {
                throw new ArgumentException("Dit bestand is geen PDF.", "bestand");
            }

            if (naam.EndsWith(".docx", StringComparison.Ordinal))
            {
                Automatisering.Templating.TemplatePackageInspector.Inspect(new MemoryStream(inhoud), naam);
            }

            var documents = new Dictionary<string, byte[]>(await documentStore.ListAsync(dossier.Id, dossier.HuidigeVersie.Hash, cancellationToken), StringComparer.Ordinal)
            {
                [naam] = inhoud,
            };
            var hash = DossierDocumentStore.VersionHash(documents);
            // The generated documents are carried over unchanged, and so is the record of their templates.
            dossier.Edit(Org, handeling.ActorId, dossier.Velden, hash, now, sjablonen: dossier.HuidigeVersie.Sjablonen);
            await documentStore.SaveAsync(dossier.Id, hash, documents, cancellationToken);
            await versies.SaveAsync(dossier.Id, hash, new VersieInhoud(dossier.Velden, dossier.FinancieleGevolgen), cancellationToken);
            return ($"versie {dossier.HuidigeVersie.Nummer}: bijlage {naam}", hash);
        }, cancellationToken);

    public async Task<Stored<Dossier>> SubmitAsync(Handeling handeling, string id, CancellationToken cancellationToken, string? antwoord = null) =>
        await MeldNaAsync(await MutateAsync(handeling, id, "indienen", (dossier, now) =>
        {
            Tekstlengte.Bewaak(antwoord, nameof(antwoord), Tekstlengte.Lang);
            dossier.Submit(Org, handeling.ActorId, now, antwoord);
            var met = string.IsNullOrWhiteSpace(antwoord) ? "" : $": antwoord: {antwoord.Trim()}";
            return Task.FromResult(($"versie {dossier.HuidigeVersie.Nummer}{met}", dossier.HuidigeVersie.Hash));
        }, cancellationToken), _ => Notificaties.GebeurtenisSoort.VolgendeStap, cancellationToken);

    public async Task<Stored<Dossier>> GiveParaafAsync(Handeling handeling, string id, string versieHash, DateOnly? vergaderdatum, AgendapuntSoort soort, CancellationToken cancellationToken, string? opmerking = null)
    {
        Tekstlengte.Bewaak(opmerking, nameof(opmerking), Tekstlengte.Lang);
        // The same paraaf again (same person, same version, nothing open for him): idempotent, judged on the very state
        // the change would act on, so a signer who loses a race to himself never gets a denial.
        var herhaald = false;
        int? stapVoor = null;
        var stored = await MutateAsync(handeling, id, "paraaf", async (dossier, now) =>
        {
            var stap = dossier.HuidigeStap is { } index ? dossier.Stappen[index] : null;
            stapVoor = dossier.HuidigeStap;

            // The portefeuillehouder chooses one of the coming meetings whose agenda is still open.
            if (vergaderdatum is { } gekozen && stap is not null && stap.Rollen.Contains(Rol.Portefeuillehouder))
            {
                (await kalenders.GetAsync(dossier.Gemeente, cancellationToken)).VereisKiesbaar(gekozen, now);
            }

            dossier.GiveParaaf(Org, handeling.ActorId, versieHash, now, vergaderdatum, opmerking);
            var met = string.IsNullOrWhiteSpace(opmerking) ? "" : $": akkoord, met opmerking: {opmerking.Trim()}";
            return ($"stap {stap?.Naam ?? "?"}, versie {dossier.HuidigeVersie.Nummer}{met}", versieHash.ToLowerInvariant());
        }, cancellationToken, herhaling: (dossier, now) => herhaald = dossier.IsHerhaaldeParaaf(Org, handeling.ActorId, versieHash, now));

        if (!herhaald && stored.Value.Status == DossierStatus.Geagendeerd && vergaderdatum is { } datum)
        {
            await ChangeVergaderingAsync(stored.Value.Gemeente, datum, v => v.Agendeer(Org, handeling.ActorId, stored.Value, soort), cancellationToken);
        }

        // A paraaf that completed its step tells the next step's people; one in a parallel step that still waits on
        // others tells nobody new.
        return herhaald ? stored : await MeldNaAsync(stored, d => d.Status switch
        {
            DossierStatus.Geagendeerd => Notificaties.GebeurtenisSoort.Geagendeerd,
            DossierStatus.InRoute when d.HuidigeStap != stapVoor => Notificaties.GebeurtenisSoort.VolgendeStap,
            _ => null,
        }, cancellationToken);
    }

    public async Task<Stored<Dossier>> ReturnAsync(Handeling handeling, string id, string opmerking, CancellationToken cancellationToken) =>
        await MeldNaAsync(await MutateAsync(handeling, id, "retour", (dossier, now) =>
        {
            Tekstlengte.Bewaak(opmerking, nameof(opmerking), Tekstlengte.Lang);
            dossier.Return(Org, handeling.ActorId, opmerking, now);
            return Task.FromResult(($"versie {dossier.HuidigeVersie.Nummer}: {opmerking}", dossier.HuidigeVersie.Hash));
        }, cancellationToken), _ => Notificaties.GebeurtenisSoort.Teruggestuurd, cancellationToken, opmerking.Trim());

    /// <summary>The secretariat records the college's decision; the agendapunt is regenerated with "Besluit B&amp;W".</summary>
    public async Task<Stored<Dossier>> RecordDecisionAsync(Handeling handeling, string gemeente, DateOnly datum, string dossierId, Besluit besluit, CancellationToken cancellationToken)
    {
        Tekstlengte.Bewaak(besluit.GewijzigdeTekst, "tekst", Tekstlengte.Besluittekst);
        var vergadering = await _vergaderingen.GetAsync(VergaderingKey(gemeente, datum), cancellationToken)
            ?? throw new DossierStateException($"Er is geen vergadering van {gemeente} op {datum:dd-MM-yyyy}.");
        if (besluit.AangehoudenTot is { } tot && besluit.Uitkomst == BesluitUitkomst.Aangehouden)
        {
            (await kalenders.GetAsync(gemeente, cancellationToken)).VereisVergadering(tot, "aangehoudenTot");
        }

        var stored = await MutateAsync(handeling, dossierId, "besluit", async (dossier, now) =>
        {
            vergadering.Value.RecordDecision(Org, dossier, besluit, handeling.ActorId, now);
            var (agendapunt, sjabloon) = await documenten.RenderBesluitAsync(dossier, Org, Agendanummer(vergadering.Value, dossier.Id), cancellationToken);
            dossier.NoteerBesluitSjablonen(new Dictionary<string, string> { ["agendapunt.docx"] = sjabloon });
            var hash = DossierDocumentStore.Sha256(agendapunt);
            await documentStore.SaveAsync(dossier.Id, BesluitFolder(dossier), new Dictionary<string, byte[]> { ["agendapunt.docx"] = agendapunt }, cancellationToken);
            return ($"{besluit.Uitkomst} ({datum:dd-MM-yyyy})", hash);
        }, cancellationToken);

        // The dossier is the source of truth; the meeting follows, retrying its own ETag race.
        await ChangeVergaderingAsync(gemeente, datum, v => v.SyncBesluit(stored.Value), cancellationToken);

        await VerzendBesluitAsync(stored.Value, cancellationToken);
        if (besluit.Uitkomst == BesluitUitkomst.Aangehouden && besluit.AangehoudenTot is { } later)
        {
            await ChangeVergaderingAsync(gemeente, later, v => v.Agendeer(Org, handeling.ActorId, stored.Value, AgendapuntSoort.Bespreekstuk), cancellationToken);
        }

        LogBesluit(logger, stored.Value.Id, gemeente, datum, besluit.Uitkomst);
        return await MeldNaAsync(stored, _ => Notificaties.GebeurtenisSoort.Besloten, cancellationToken);
    }

    /// <summary>
    /// The secretariat corrects a recorded decision with a reason: the agendapunt is regenerated, the meeting shows
    /// the correction, and the decision is distributed again, marked as a correction. The original stays in the
    /// dossier and the audit trail.
    /// </summary>
    public async Task<Stored<Dossier>> CorrigeerBesluitAsync(Handeling handeling, string gemeente, DateOnly datum, string dossierId, Besluit besluit, string reden, CancellationToken cancellationToken)
    {
        Tekstlengte.Bewaak(besluit.GewijzigdeTekst, "tekst", Tekstlengte.Besluittekst);
        Tekstlengte.Bewaak(reden, nameof(reden), Tekstlengte.Lang);
        var vergadering = await _vergaderingen.GetAsync(VergaderingKey(gemeente, datum), cancellationToken)
            ?? throw new DossierStateException($"Er is geen vergadering van {gemeente} op {datum:dd-MM-yyyy}.");
        var stored = await MutateAsync(handeling, dossierId, "besluit corrigeren", async (dossier, now) =>
        {
            if (dossier.Besluit is not { } origineel || origineel.Vergaderdatum != datum)
            {
                throw new DossierStateException($"Dossier '{dossierId}' heeft geen besluit uit de vergadering van {datum:dd-MM-yyyy} om te corrigeren.");
            }

            dossier.CorrigeerBesluit(Org, handeling.ActorId, besluit, reden, now);
            var (agendapunt, sjabloon) = await documenten.RenderBesluitAsync(dossier, Org, Agendanummer(vergadering.Value, dossier.Id), cancellationToken);
            dossier.NoteerBesluitSjablonen(new Dictionary<string, string> { ["agendapunt.docx"] = sjabloon });
            await documentStore.SaveAsync(dossier.Id, BesluitFolder(dossier), new Dictionary<string, byte[]> { ["agendapunt.docx"] = agendapunt }, cancellationToken);
            var nieuw = dossier.Besluit!;
            return ($"besluit {nieuw.CorrectieVan} gecorrigeerd: {origineel.Uitkomst} -> {nieuw.Uitkomst} ({datum:dd-MM-yyyy}); reden: {nieuw.Reden}", DossierDocumentStore.Sha256(agendapunt));
        }, cancellationToken);

        await ChangeVergaderingAsync(gemeente, datum, v => v.SyncBesluit(stored.Value), cancellationToken);
        await VerzendBesluitAsync(stored.Value, cancellationToken);
        LogCorrectie(logger, stored.Value.Id, gemeente, datum, stored.Value.Besluit!.Uitkomst);
        return await MeldNaAsync(stored, _ => Notificaties.GebeurtenisSoort.Besloten, cancellationToken);
    }

    /// <summary>The secretariat moves an item to another meeting of the calendar before its meeting, with a reason.</summary>
    public async Task<Stored<Dossier>> VerplaatsAsync(Handeling handeling, string gemeente, DateOnly datum, string dossierId, DateOnly naar, string reden, CancellationToken cancellationToken)
    {
        Tekstlengte.Bewaak(reden, nameof(reden), Tekstlengte.Lang);
        var vergadering = await _vergaderingen.GetAsync(VergaderingKey(gemeente, datum), cancellationToken)
            ?? throw new DossierStateException($"Er is geen vergadering van {gemeente} op {datum:dd-MM-yyyy}.");
        var soort = vergadering.Value.Agendapunten.FirstOrDefault(p => string.Equals(p.DossierId, dossierId, StringComparison.OrdinalIgnoreCase))?.Soort
            ?? throw new DossierStateException($"Dossier '{dossierId}' staat niet op de agenda van {datum:dd-MM-yyyy}.");
        (await kalenders.GetAsync(gemeente, cancellationToken)).VereisVergadering(naar, nameof(naar));
        // The dossier, then both agendas: not one transaction. A move that stopped half-way leaves the item on the old
        // agenda with the dossier already on the new date; the same move again (the secretariat sees it still listed)
        // is recognised as a repeat and only completes the agendas.
        var stored = await MutateAsync(handeling, dossierId, "verplaatsen", (dossier, now) =>
        {
            dossier.Verplaats(Org, handeling.ActorId, naar, reden, now);
            return Task.FromResult(($"van {datum:dd-MM-yyyy} naar {naar:dd-MM-yyyy}: {reden.Trim()}", dossier.HuidigeVersie.Hash));
        }, cancellationToken, herhaling: (dossier, _) =>
            dossier.Vergaderdatum == naar && dossier.Status is DossierStatus.Geagendeerd or DossierStatus.Aangehouden
            && Org.FindPersoon(handeling.ActorId) is { } actor && actor.HasRol(Rol.Bestuurssecretariaat)
            && string.Equals(actor.Gemeente, dossier.Gemeente, StringComparison.OrdinalIgnoreCase));

        // The new agenda first (it checks the secretariat's role), then the old one; each step is skipped when done.
        await ChangeVergaderingAsync(gemeente, naar, v =>
        {
            if (!Staat(v, dossierId))
            {
                v.Agendeer(Org, handeling.ActorId, stored.Value, soort);
            }
        }, cancellationToken);
        await ChangeVergaderingAsync(gemeente, datum, v =>
        {
            if (Staat(v, dossierId))
            {
                v.Verwijder(dossierId);
            }
        }, cancellationToken);
        return stored;
    }

    /// <summary>The secretariat puts a meeting's agenda in a new order.</summary>
    public async Task<Collegevergadering> HerordenAsync(Handeling handeling, string gemeente, DateOnly datum, IReadOnlyList<string> volgorde, CancellationToken cancellationToken)
    {
        EnsureMember(handeling.ActorId, gemeente);
        var now = time.GetUtcNow();
        var vergadering = await WijzigBestaandeVergaderingAsync(gemeente, datum, v => v.Herorden(Org, handeling.ActorId, volgorde, now), cancellationToken);
        await audit.AppendAsync($"gemeente-{gemeente}", handeling.ActorId, "agenda herordenen", $"{datum:yyyy-MM-dd}: {string.Join(", ", volgorde)}", AuditResult.Ok, handeling.Origin, now, null, cancellationToken);
        return vergadering;
    }

    /// <summary>The secretariat records who of the college and the secretaris attend the meeting.</summary>
    public async Task<Collegevergadering> ZetAanwezigheidAsync(Handeling handeling, string gemeente, DateOnly datum, IReadOnlyList<string> aanwezig, IReadOnlyList<string> afwezig, CancellationToken cancellationToken)
    {
        EnsureMember(handeling.ActorId, gemeente);
        var now = time.GetUtcNow();
        var vergadering = await WijzigBestaandeVergaderingAsync(gemeente, datum, v => v.ZetAanwezigheid(Org, handeling.ActorId, aanwezig, afwezig), cancellationToken);
        await audit.AppendAsync($"gemeente-{gemeente}", handeling.ActorId, "aanwezigheid", $"{datum:yyyy-MM-dd}: aanwezig {string.Join(", ", aanwezig)}; afwezig {string.Join(", ", afwezig)}", AuditResult.Ok, handeling.Origin, now, null, cancellationToken);
        return vergadering;
    }

    public async Task<Collegevergadering?> GetVergaderingAsync(string actorId, string gemeente, DateOnly datum, CancellationToken cancellationToken)
    {
        EnsureMember(actorId, gemeente);
        return (await _vergaderingen.GetAsync(VergaderingKey(gemeente, datum), cancellationToken))?.Value;
    }

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(string actorId, CancellationToken cancellationToken)
    {
        var persoon = Org.FindPersoon(actorId) ?? throw new DossierForbiddenException($"'{actorId}' is geen bekende medewerker.");
        return Inbox(actorId, await werkvoorraad.GetAsync(persoon.Gemeente, cancellationToken), time.GetUtcNow());
    }

    /// <summary>The items of a work list waiting on the person, also namens whom they substitute now.</summary>
    private List<InboxItem> Inbox(string actorId, IEnumerable<WerkvoorraadRegel> lijst, DateTimeOffset now)
    {
        var vervangen = Org.Vervangingen
            .Where(v => v.Vervanger == actorId && v.IsActief(now))
            .Select(v => v.Vervangt)
            .ToHashSet(StringComparer.Ordinal);
        return lijst
            .Where(r => r.Status == DossierStatus.InRoute)
            .SelectMany(r => r.WachtOp.Contains(actorId)
                ? [new InboxItem(r.DossierId, r.Onderwerp, r.Stap, r.Sinds, null)]
                : r.WachtOp.Where(vervangen.Contains).Take(1).Select(namens => new InboxItem(r.DossierId, r.Onderwerp, r.Stap, r.Sinds, Org.FindPersoon(namens)?.Naam ?? namens)))
            .OrderBy(i => i.Sinds)
            .ToList();
    }

    /// <summary>"Mijn werk": what waits on the person and their own items, from the gemeente's work list (one read).</summary>
    public async Task<MijnWerk> MijnWerkAsync(string actorId, CancellationToken cancellationToken)
    {
        var persoon = Org.FindPersoon(actorId) ?? throw new DossierForbiddenException($"'{actorId}' is geen bekende medewerker.");
        var now = time.GetUtcNow();
        var stellers = Org.Vervangingen
            .Where(v => v.Vervanger == persoon.Id && v.IsActief(now))
            .Select(v => v.Vervangt)
            .Append(persoon.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // One read of the work list serves all four lists: the menu asks for this on every page.
        var lijst = await werkvoorraad.GetAsync(persoon.Gemeente, cancellationToken);
        var eigen = lijst.Where(r => stellers.Contains(r.AuteurId)).ToList();
        return new MijnWerk(
            Inbox(actorId, lijst, now),
            eigen.Where(r => r.Status == DossierStatus.Teruggestuurd).OrderBy(r => r.GewijzigdOp).ToList(),
            eigen.Where(r => r.Status == DossierStatus.Concept).OrderByDescending(r => r.GewijzigdOp).ToList(),
            eigen.Where(r => r.Status is DossierStatus.Geagendeerd or DossierStatus.Aangehouden).OrderBy(r => r.Vergaderdatum).ToList());
    }

    public async Task<IReadOnlyCollection<WerkvoorraadRegel>> ListAsync(string actorId, string gemeente, CancellationToken cancellationToken)
    {
        EnsureMember(actorId, gemeente);
        return await werkvoorraad.GetAsync(gemeente, cancellationToken);
    }

    public async Task<(string Text, AuditLogParseResult Result)> AuditAsync(string actorId, string id, CancellationToken cancellationToken)
    {
        // Reading never writes: a line a stopped process left in the dossier goes in with the next change or the
        // daily scan. Access is checked first, as for the dossier itself.
        await GetAsync(actorId, id, cancellationToken);
        var text = await audit.ReadTextAsync(id, cancellationToken);
        return (text, AuditLog.Parse(text));
    }

    public async Task<StoredDocument?> DocumentAsync(string actorId, string id, string naam, int? versie, CancellationToken cancellationToken)
    {
        var dossier = (await GetAsync(actorId, id, cancellationToken)).Value;
        if (versie is null && naam == "agendapunt.docx" && dossier.Besluit is not null)
        {
            return await documentStore.GetAsync(dossier.Id, BesluitFolder(dossier), naam, cancellationToken);
        }

        var v = versie is { } n ? dossier.Versies.FirstOrDefault(x => x.Nummer == n) : dossier.HuidigeVersie;
        return v is null ? null : await documentStore.GetAsync(dossier.Id, v.Hash, naam, cancellationToken);
    }

    /// <summary>
    /// What changed between two versions, field by field and in the attachments. Without <paramref name="van"/> it
    /// compares with the version the person last signed (or, if none, the one before the current).
    /// </summary>
    public async Task<Versieverschillen> VerschillenAsync(string actorId, string id, int? van, int? naar, CancellationToken cancellationToken)
    {
        var dossier = (await GetAsync(actorId, id, cancellationToken)).Value;
        var nieuw = naar is { } n ? dossier.Versies.FirstOrDefault(v => v.Nummer == n) : dossier.HuidigeVersie;
        var oud = van is { } o
            ? dossier.Versies.FirstOrDefault(v => v.Nummer == o)
            : dossier.Versies.FirstOrDefault(v => v.Nummer == LaatstGetekend(dossier, actorId)) ?? dossier.Versies.LastOrDefault(v => v.Nummer < dossier.HuidigeVersie.Nummer);
        if (nieuw is null || oud is null || oud.Nummer >= nieuw.Nummer)
        {
            throw new ArgumentException($"Kies twee versies van 1 tot en met {dossier.HuidigeVersie.Nummer}, de oudste eerst.", nameof(van));
        }

        var oudeInhoud = await versies.GetAsync(dossier.Id, oud.Hash, cancellationToken);
        var nieuweInhoud = await versies.GetAsync(dossier.Id, nieuw.Hash, cancellationToken);
        var velden = DossierDocumenten.VersionTemplates
            .SelectMany(t => documenten.Schema(dossier.Gemeente, t)?.Fields ?? [])
            .DistinctBy(f => f.Name)
            .ToList();
        var verschillen = oudeInhoud is null || nieuweInhoud is null
            ? []
            : Versievergelijking.Vergelijk(oudeInhoud.Velden, nieuweInhoud.Velden, velden);
        if (oudeInhoud is not null && nieuweInhoud is not null && oudeInhoud.FinancieleGevolgen != nieuweInhoud.FinancieleGevolgen)
        {
            var (a, b) = (oudeInhoud.FinancieleGevolgen ? "ja" : "nee", nieuweInhoud.FinancieleGevolgen ? "ja" : "nee");
            verschillen = [new VeldVerschil("financieleGevolgen", "Financiële gevolgen (route)", a, b, Versievergelijking.Stukken(a, b)), .. verschillen];
        }

        var oudeBijlagen = (await documentStore.NamesAsync(dossier.Id, oud.Hash, cancellationToken)).Where(DossierDocumenten.IsBijlageNaam).ToList();
        var nieuweBijlagen = (await documentStore.NamesAsync(dossier.Id, nieuw.Hash, cancellationToken)).Where(DossierDocumenten.IsBijlageNaam).ToList();
        return new Versieverschillen(oud.Nummer, nieuw.Nummer, verschillen, nieuweBijlagen.Except(oudeBijlagen).ToList(), oudeBijlagen.Except(nieuweBijlagen).ToList(), oudeInhoud is null || nieuweInhoud is null);
    }

    /// <summary>The last version the person signed, also a paraaf that lapsed with an edit.</summary>
    private static int? LaatstGetekend(Dossier dossier, string actorId) =>
        dossier.Stappen.SelectMany(s => s.Parafen).Concat(dossier.VervallenParafen.Select(v => v.Paraaf))
            .Where(p => string.Equals(p.PersoonId, actorId, StringComparison.OrdinalIgnoreCase))
            .Select(p => (int?)p.Versie)
            .Max();

    /// <summary>The attachments (everything but the generated agendapunt and collegeadvies) of the current version.</summary>
    public async Task<IReadOnlyList<string>> BijlagenAsync(Dossier dossier, CancellationToken cancellationToken) =>
        (await documentStore.NamesAsync(dossier.Id, dossier.HuidigeVersie.Hash, cancellationToken))
            .Where(DossierDocumenten.IsBijlageNaam)
            .ToList();

    public async Task<byte[]> BesluitenlijstAsync(Collegevergadering vergadering, CancellationToken cancellationToken)
    {
        var kalender = await kalenders.GetAsync(vergadering.Gemeente, cancellationToken);
        return await documenten.RenderBesluitenlijstAsync(vergadering, kalender.Vergadering(vergadering.Datum), Org, cancellationToken);
    }

    /// <summary>
    /// Every dossier of a gemeente, for the reminder timer; also rebuilds the work list and appends audit lines a
    /// stopped process left behind.
    /// </summary>
    public async Task<IReadOnlyList<Dossier>> ScanAsync(string gemeente, CancellationToken cancellationToken)
    {
        var dossiers = new List<Dossier>();
        await foreach (var key in _dossiers.ListKeysAsync($"{gemeente}/", cancellationToken))
        {
            if (await _dossiers.GetAsync(key, cancellationToken) is { } stored)
            {
                dossiers.Add(stored.Value);
            }
        }

        var now = time.GetUtcNow();
        await werkvoorraad.ReplaceAllAsync(gemeente, dossiers.Select(d => Werkvoorraad.Regel(d, Org, now)), cancellationToken);

        // A line left unappended by a stopped process lands at the latest here, even if nobody touches the dossier
        // again. Only recent changes are checked: older ones were checked by an earlier run.
        foreach (var dossier in dossiers.Where(d => d.OpenAudit.Any(r => r.Time > now.AddDays(-3))))
        {
            await AppendOpenAuditAsync(dossier, cancellationToken);
        }

        return dossiers;
    }

    private async Task<Stored<Dossier>> MutateAsync(
        Handeling handeling, string id, string action, Func<Dossier, DateTimeOffset, Task<(string Object, string Hash)>> apply, CancellationToken cancellationToken,
        Func<Dossier, DateTimeOffset, bool>? herhaling = null)
    {
        var stored = await LoadAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        if (handeling.IfMatch is { } ifMatch && ifMatch != stored.ETag)
        {
            throw new ConcurrencyConflictException(id);
        }

        // A repeat of what this state already records: answered with the state, nothing written or audited.
        if (herhaling?.Invoke(stored.Value, now) == true)
        {
            return stored;
        }

        var dossier = stored.Value;

        // A line a previous change left unappended (the process stopped after its write) goes first, keeping the trail in order.
        await AppendOpenAuditAsync(dossier, cancellationToken);
        (string Object, string Hash) result;
        try
        {
            EnsureVisible(handeling.ActorId, dossier);
            result = await apply(dossier, now);
        }
        catch (DossierForbiddenException ex)
        {
            await audit.AppendAsync(id, handeling.ActorId, action, ex.Message, AuditResult.Denied, handeling.Origin, now, dossier.HuidigeVersie.Hash, cancellationToken);
            throw;
        }

        var regel = new AuditOpdracht(handeling.ActorId, action, result.Object, AuditResult.Ok, handeling.Origin, now, result.Hash);
        dossier.OpenAudit = [regel];
        var etag = await _dossiers.ReplaceAsync(Key(dossier.Id), dossier, stored.ETag, cancellationToken);
        await werkvoorraad.UpdateAsync(dossier, Org, now, cancellationToken);
        await audit.AppendOnceAsync(id, regel, cancellationToken);
        return new Stored<Dossier>(dossier, etag);
    }

    /// <summary>
    /// Puts the event the change caused (if any) on the queue. Its id is the dossier and the moment of the change, so
    /// a repeated message leads to the same notification keys.
    /// </summary>
    private async Task<Stored<Dossier>> MeldNaAsync(Stored<Dossier> stored, Func<Dossier, Notificaties.GebeurtenisSoort?> soort, CancellationToken cancellationToken, string? opmerking = null)
    {
        var dossier = stored.Value;
        if (soort(dossier) is { } s)
        {
            await meldingen.MeldAsync(new Notificaties.Gebeurtenis($"{dossier.Id}/{dossier.GewijzigdOp.UtcTicks}/{s}", s, dossier.Gemeente, dossier.Id, null, dossier.GewijzigdOp, opmerking), cancellationToken);
        }

        return stored;
    }

    /// <summary>Distribution runs from the queue, retried there: to the participants, or the gemeente's own recipients.</summary>
    private async Task VerzendBesluitAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var besluiten = queues.GetQueueClient(Distributie.Wachtrijen.Besluiten);
        await besluiten.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await besluiten.SendMessageAsync(JsonSerializer.Serialize(new { dossierId = dossier.Id, besluitNr = dossier.Besluiten.Count }), cancellationToken);
    }

    private async Task<Collegevergadering> WijzigBestaandeVergaderingAsync(string gemeente, DateOnly datum, Action<Collegevergadering> change, CancellationToken cancellationToken) =>
        await _vergaderingen.UpdateAsync(VergaderingKey(gemeente, datum), vergadering =>
        {
            vergadering ??= Collegevergadering.Create(Org, gemeente, datum);
            change(vergadering);
            return vergadering;
        }, cancellationToken);

    private Task AppendOpenAuditAsync(Dossier dossier, CancellationToken cancellationToken) =>
        audit.AppendOnceAsync(dossier.Id, dossier.OpenAudit, cancellationToken);

    private static bool Staat(Collegevergadering vergadering, string dossierId) =>
        vergadering.Agendapunten.Any(p => string.Equals(p.DossierId, dossierId, StringComparison.OrdinalIgnoreCase));

    private Task ChangeVergaderingAsync(string gemeente, DateOnly datum, Action<Collegevergadering> change, CancellationToken cancellationToken) =>
        _vergaderingen.UpdateAsync(VergaderingKey(gemeente, datum), vergadering =>
        {
            vergadering ??= Collegevergadering.Create(Org, gemeente, datum);
            change(vergadering);
            return vergadering;
        }, cancellationToken);

    private async Task<Stored<Dossier>> LoadAsync(string id, CancellationToken cancellationToken) =>
        await _dossiers.GetAsync(Key(id), cancellationToken) ?? throw new DossierNotFoundException(id);

    /// <summary>People see and act on their own gemeente's dossiers only.</summary>
    private void EnsureVisible(string actorId, Dossier dossier) => EnsureMember(actorId, dossier.Gemeente);

    private void EnsureMember(string actorId, string gemeente)
    {
        var persoon = Org.FindPersoon(actorId);
        if (persoon is null || !string.Equals(persoon.Gemeente, gemeente, StringComparison.OrdinalIgnoreCase) || !persoon.WerktVoorCollege)
        {
            throw new DossierForbiddenException($"'{actorId}' werkt niet voor gemeente '{gemeente}'.");
        }
    }

    private string Key(string id)
    {
        var gemeente = Org.Gemeenten.Select(g => g.Slug).Where(slug => id.StartsWith(slug + "-", StringComparison.Ordinal)).MaxBy(slug => slug.Length)
            ?? throw new DossierNotFoundException(id);
        return $"{gemeente}/{id}.json";
    }

    private static string VergaderingKey(string gemeente, DateOnly datum) => $"{gemeente}/{datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.json";

    private static string? Agendanummer(Collegevergadering vergadering, string dossierId) =>
        vergadering.Agendapunten.FirstOrDefault(p => string.Equals(p.DossierId, dossierId, StringComparison.OrdinalIgnoreCase))?.Nummer;

    private static string BesluitFolder(Dossier dossier) => $"besluit-{dossier.Besluiten.Count}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Besluit gecorrigeerd: {DossierId} in de vergadering van {Gemeente} op {Datum}: nu {Uitkomst}")]
    private static partial void LogCorrectie(ILogger logger, string dossierId, string gemeente, DateOnly datum, BesluitUitkomst uitkomst);

    [LoggerMessage(Level = LogLevel.Information, Message = "Besluit vastgelegd: {DossierId} in de vergadering van {Gemeente} op {Datum}: {Uitkomst}")]
    private static partial void LogBesluit(ILogger logger, string dossierId, string gemeente, DateOnly datum, BesluitUitkomst uitkomst);
}
