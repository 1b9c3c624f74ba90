using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Domain.Documenten;
using Automatisering.Domain.Storage;
using Automatisering.Templating;
using Azure.Storage.Blobs;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// Joint proposals and their aligned press release in storage (<c>samenwerking/voorstellen/{id}.json</c>,
/// <c>samenwerking/persberichten/{voorstelId}.json</c>), each stored at its ETag like a dossier, every step in the
/// proposal's own audit trail (<c>audit/samenwerking-{id}.jsonl</c>). Only people of participating gemeenten see a
/// proposal; they may follow each other's dossiers through it.
/// </summary>
public sealed class SamenwerkingService(
    BlobServiceClient blobs,
    Organisatie organisatie,
    DossierService dossiers,
    DocumentRenderer renderer,
    AuditTrailStore audit,
    Notificaties.NotificatieDienst meldingen,
    TimeProvider time)
{
    private readonly JsonBlobStore<Samenwerkingsvoorstel> _voorstellen = new(blobs.GetBlobContainerClient("samenwerking"), BesluitvormingJson.Options);
    private readonly JsonBlobStore<Persbericht> _persberichten = new(blobs.GetBlobContainerClient("samenwerking"), BesluitvormingJson.Options);
    private readonly JsonBlobStore<VoorstelVerwijzing> _verwijzingen = new(blobs.GetBlobContainerClient("samenwerking"), BesluitvormingJson.Options);
    private readonly JsonBlobStore<DossierReservering> _reserveringen = new(blobs.GetBlobContainerClient("samenwerking"), BesluitvormingJson.Options);

    private OrganisatieConfig Org => organisatie.Config;

    private TemplateSchema PersberichtSchema => renderer.Find("default", Persbericht.Template)?.Schema
        ?? throw new InvalidOperationException("templates/default/persbericht.schema.json is missing");

    public async Task<Stored<Samenwerkingsvoorstel>> CreateVoorstelAsync(Handeling handeling, string titel, string samenwerkingsverband, string penvoerder, IReadOnlyList<string> deelnemers, JsonElement gedeeldeVelden, CancellationToken cancellationToken)
    {
        Tekstlengte.Bewaak(titel, nameof(titel), Tekstlengte.Kort);
        Tekstlengte.Bewaak(samenwerkingsverband, nameof(samenwerkingsverband), Tekstlengte.Kort);

        // The shared content must fit the penvoerder's own templates before it is shared (the title is the onderwerp).
        var fouten = dossiers.CheckVelden(handeling.ActorId, titel, gedeeldeVelden).Where(f => f.Field != "onderwerp").ToList();
        if (fouten.Count > 0)
        {
            throw new FieldValidationException(fouten);
        }
        var now = time.GetUtcNow();
        var id = $"{penvoerder}-{now:yyyyMMdd}-{Guid.NewGuid().ToString("n")[..6]}";
        var voorstel = Samenwerkingsvoorstel.Create(Org, id, handeling.ActorId, titel, samenwerkingsverband, penvoerder, deelnemers, gedeeldeVelden, now);
        voorstel.OpenAudit = [new AuditOpdracht(handeling.ActorId, "samenwerking.aangemaakt", $"{titel} ({string.Join(", ", voorstel.Deelnemers.Select(d => d.Gemeente))})", AuditResult.Ok, handeling.Origin, now, null)];
        var etag = await _voorstellen.CreateAsync(VoorstelKey(id), voorstel, cancellationToken);
        await AppendOpenAuditAsync(id, voorstel.OpenAudit, cancellationToken);
        return new Stored<Samenwerkingsvoorstel>(voorstel, etag);
    }

    public async Task<IReadOnlyList<Samenwerkingsvoorstel>> ListVoorstellenAsync(string actorId, CancellationToken cancellationToken)
    {
        var gemeente = Persoon(actorId).Gemeente;
        var result = new List<Samenwerkingsvoorstel>();
        await foreach (var key in _voorstellen.ListKeysAsync("voorstellen/", cancellationToken))
        {
            if (await _voorstellen.GetAsync(key, cancellationToken) is { } stored && stored.Value.IsDeelnemer(gemeente))
            {
                result.Add(stored.Value);
            }
        }

        return result.OrderByDescending(v => v.GewijzigdOp).ToList();
    }

    public async Task<Stored<Samenwerkingsvoorstel>> GetVoorstelAsync(string actorId, string id, CancellationToken cancellationToken)
    {
        var stored = await _voorstellen.GetAsync(VoorstelKey(id), cancellationToken) ?? throw new DossierNotFoundException(id);
        EnsureDeelnemer(actorId, stored.Value);
        return stored;
    }

    /// <summary>Each participant's route step and decision side by side, with the planned process.</summary>
    public async Task<SamenwerkingsOverzicht> TrackerAsync(string actorId, string id, CancellationToken cancellationToken)
    {
        var voorstel = (await GetVoorstelAsync(actorId, id, cancellationToken)).Value;
        var now = time.GetUtcNow();
        return voorstel.Tracker(await StandenAsync(voorstel, now, cancellationToken), NederlandseTijd.Datum(now));
    }

    /// <summary>
    /// The tracker of every joint proposal of a cooperation, for its councils on the raadsinformatieplatform (which
    /// checks access itself): each municipality's college decision and the council milestones.
    /// </summary>
    public async Task<IReadOnlyList<SamenwerkingsOverzicht>> OverzichtenVanVerbandAsync(string samenwerkingsverband, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = new List<(Samenwerkingsvoorstel Voorstel, SamenwerkingsOverzicht Overzicht)>();
        await foreach (var key in _voorstellen.ListKeysAsync("voorstellen/", cancellationToken))
        {
            if (await _voorstellen.GetAsync(key, cancellationToken) is not { Value: var voorstel }
                || !string.Equals(voorstel.Samenwerkingsverband, samenwerkingsverband, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            result.Add((voorstel, voorstel.Tracker(await StandenAsync(voorstel, now, cancellationToken), NederlandseTijd.Datum(now))));
        }

        return result.OrderByDescending(r => r.Voorstel.GewijzigdOp).Select(r => r.Overzicht).ToList();
    }

    /// <summary>A participant's own dossier from the shared content: its medewerker starts it in their own college's route.</summary>
    public async Task<Stored<Dossier>> MaakDossierAsync(Handeling handeling, string voorstelId, string portefeuille, JsonElement eigenVelden, CancellationToken cancellationToken)
    {
        var gemeente = Persoon(handeling.ActorId).Gemeente;
        var voorstel = (await GetVoorstelAsync(handeling.ActorId, voorstelId, cancellationToken)).Value;

        // Checked before anything is written: a refused request leaves no dossier or documents behind.
        if (voorstel.Deelnemers.FirstOrDefault(d => d.Gemeente == gemeente) is { DossierId: { } bestaand })
        {
            throw new DossierStateException($"Gemeente '{gemeente}' heeft voor dit voorstel al dossier '{bestaand}'.");
        }

        var velden = JsonSerializer.SerializeToNode(voorstel.GedeeldeVelden)!.AsObject();
        if (eigenVelden.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in eigenVelden.EnumerateObject())
            {
                velden[property.Name] = JsonSerializer.SerializeToNode(property.Value);
            }
        }

        var (dossierId, reservering) = await ReserveerDossierAsync(voorstelId, gemeente, handeling.ActorId, cancellationToken);
        Stored<Dossier> dossier;
        if (reservering is null)
        {
            // A stopped process made the dossier but did not link it: link that one rather than make a second.
            dossier = await dossiers.LoadForSamenwerkingAsync(dossierId, cancellationToken);
        }
        else
        {
            try
            {
                dossier = await dossiers.CreateAsync(handeling, gemeente, voorstel.Titel, portefeuille, false, JsonSerializer.SerializeToElement(velden), dossierId, voorstel.GedeeldeVelden, cancellationToken);
            }
            catch
            {
                // Refused (fields, portfolio): nothing was made, so the next attempt may start afresh.
                await _reserveringen.DeleteAsync(ReserveringKey(voorstelId, gemeente), reservering.Value, CancellationToken.None);
                throw;
            }
        }

        await ChangeVoorstelAsync(handeling, voorstelId, v => v.KoppelDossier(gemeente, dossier.Value.Id, handeling.ActorId, time.GetUtcNow()), cancellationToken);
        try
        {
            await _verwijzingen.CreateAsync(VerwijzingKey(dossier.Value.Id), new VoorstelVerwijzing(voorstelId, gemeente), cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Written already: by an attempt that stopped after it, or by the one that made this dossier.
        }

        return dossier;
    }

    /// <summary>
    /// Reserves the id of the gemeente's dossier for the proposal. Returns the ETag of the reservation to make it
    /// under, or null with the id of a dossier a stopped process already made under an earlier reservation. Someone
    /// else making it right now is a conflict; a reservation whose dossier never came is taken over after a while.
    /// </summary>
    private async Task<(string DossierId, Azure.ETag? Reservering)> ReserveerDossierAsync(string voorstelId, string gemeente, string actorId, CancellationToken cancellationToken)
    {
        var key = ReserveringKey(voorstelId, gemeente);
        for (var poging = 0; ; poging++)
        {
            var nieuw = new DossierReservering(dossiers.NieuwId(gemeente), actorId, time.GetUtcNow());
            try
            {
                return (nieuw.DossierId, await _reserveringen.CreateAsync(key, nieuw, cancellationToken));
            }
            catch (ConcurrencyConflictException) when (poging < 3)
            {
            }

            if (await _reserveringen.GetAsync(key, cancellationToken) is not { } bestaand)
            {
                continue; // given up by a refused attempt in the meantime
            }

            if (await dossiers.BestaatAsync(bestaand.Value.DossierId, cancellationToken))
            {
                return (bestaand.Value.DossierId, null);
            }

            if (time.GetUtcNow() - bestaand.Value.Sinds < DossierReservering.Verlopen)
            {
                var wie = Org.FindPersoon(bestaand.Value.ActorId)?.Naam ?? bestaand.Value.ActorId;
                throw new DossierStateException($"{wie} maakt op dit moment het agendapunt van '{gemeente}' voor dit voorstel; vernieuw de pagina over een ogenblik.");
            }

            try
            {
                return (nieuw.DossierId, await _reserveringen.ReplaceAsync(key, nieuw, bestaand.ETag, cancellationToken));
            }
            catch (ConcurrencyConflictException) when (poging < 3)
            {
            }
        }
    }

    public Task<Stored<Samenwerkingsvoorstel>> PlanMijlpaalAsync(Handeling handeling, string voorstelId, string omschrijving, MijlpaalSoort soort, DateOnly geplandOp, string? gemeente, CancellationToken cancellationToken) =>
        ChangeVoorstelAsync(handeling, voorstelId, v =>
        {
            Tekstlengte.Bewaak(omschrijving, nameof(omschrijving), Tekstlengte.Lang);
            var mijlpaal = v.PlanMijlpaal(Org, handeling.ActorId, omschrijving, soort, geplandOp, gemeente, time.GetUtcNow());
            return new SamenwerkingGebeurtenis(handeling.ActorId, "samenwerking.mijlpaalGepland", v.Object, AuditResult.Ok, time.GetUtcNow(), $"{mijlpaal.Omschrijving} {mijlpaal.GeplandOp:dd-MM-yyyy}");
        }, cancellationToken);

    public async Task<Stored<Samenwerkingsvoorstel>> MarkeerGebeurdAsync(Handeling handeling, string voorstelId, string mijlpaalId, DateOnly datum, CancellationToken cancellationToken)
    {
        // The dossiers are read first: a step their college decisions already made happen is not marked by hand.
        var voorstel = (await GetVoorstelAsync(handeling.ActorId, voorstelId, cancellationToken)).Value;
        var standen = await StandenAsync(voorstel, time.GetUtcNow(), cancellationToken);
        return await ChangeVoorstelAsync(handeling, voorstelId, v => v.MarkeerGebeurd(Org, handeling.ActorId, mijlpaalId, datum, standen, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>The joint proposal a dossier belongs to, if any.</summary>
    public async Task<string?> VoorstelVanDossierAsync(string dossierId, CancellationToken cancellationToken) =>
        (await _verwijzingen.GetAsync(VerwijzingKey(dossierId), cancellationToken))?.Value.VoorstelId;

    public async Task<Samenwerkingsvoorstel?> LoadVoorstelAsync(string voorstelId, CancellationToken cancellationToken) =>
        (await _voorstellen.GetAsync(VoorstelKey(voorstelId), cancellationToken))?.Value;

    /// <summary>The press release as the distribution reads it: no person involved, the release decides who gets it.</summary>
    internal async Task<Persbericht?> GetPersberichtForDistributieAsync(string voorstelId, CancellationToken cancellationToken) =>
        (await _persberichten.GetAsync(PersberichtKey(voorstelId), cancellationToken))?.Value;

    public async Task<Stored<Persbericht>?> GetPersberichtAsync(string actorId, string voorstelId, CancellationToken cancellationToken)
    {
        await GetVoorstelAsync(actorId, voorstelId, cancellationToken);
        return await _persberichten.GetAsync(PersberichtKey(voorstelId), cancellationToken);
    }

    public async Task<Stored<Persbericht>> CreatePersberichtAsync(Handeling handeling, string voorstelId, JsonElement tekst, DateTimeOffset? embargoTot, CancellationToken cancellationToken)
    {
        var voorstel = (await GetVoorstelAsync(handeling.ActorId, voorstelId, cancellationToken)).Value;
        var now = time.GetUtcNow();
        Persbericht persbericht;
        try
        {
            persbericht = Persbericht.Create(Org, PersberichtSchema, voorstel, $"{voorstelId}-pers", handeling.ActorId, tekst, embargoTot, now);
        }
        catch (DossierForbiddenException ex)
        {
            await AuditAsync(voorstelId, handeling, "persbericht.opstellen", ex.Message, AuditResult.Denied, cancellationToken);
            throw;
        }

        persbericht.OpenAudit = [new AuditOpdracht(handeling.ActorId, "persbericht.opgesteld", persbericht.Object, AuditResult.Ok, handeling.Origin, now, null)];
        var etag = await _persberichten.CreateAsync(PersberichtKey(voorstelId), persbericht, cancellationToken);
        await AppendOpenAuditAsync(voorstelId, persbericht.OpenAudit, cancellationToken);
        await MeldAsync(persbericht, Notificaties.GebeurtenisSoort.PersberichtConcept, null, cancellationToken);
        return new Stored<Persbericht>(persbericht, etag);
    }

    public async Task<(Stored<Persbericht> Persbericht, PersberichtResultaat Resultaat)> WijzigTekstAsync(Handeling handeling, string voorstelId, JsonElement tekst, CancellationToken cancellationToken)
    {
        var (persbericht, resultaat) = await ChangePersberichtAsync(handeling, voorstelId, "persbericht.tekst", p => p.WijzigTekst(Org, PersberichtSchema, handeling.ActorId, tekst, time.GetUtcNow()), cancellationToken);
        if (!resultaat.IsLeeg)
        {
            await MeldAsync(persbericht.Value, Notificaties.GebeurtenisSoort.PersberichtGewijzigd, null, cancellationToken);
        }

        return (persbericht, resultaat);
    }

    /// <summary>Tells the communication advisors of the participants (through the <c>gebeurtenissen</c> queue), once per change.</summary>
    public Task MeldAsync(Persbericht persbericht, Notificaties.GebeurtenisSoort soort, string? opmerking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persbericht);
        return meldingen.MeldAsync(
            new Notificaties.Gebeurtenis($"{persbericht.Id}/{persbericht.GewijzigdOp.UtcTicks}/{soort}", soort, persbericht.Penvoerder, null, persbericht.VoorstelId, persbericht.GewijzigdOp, opmerking),
            cancellationToken);
    }

    public Task<(Stored<Persbericht> Persbericht, PersberichtResultaat Resultaat)> VulBijdrageAanAsync(Handeling handeling, string voorstelId, string gemeente, PersCitaat citaat, PersContact contact, CancellationToken cancellationToken) =>
        ChangePersberichtAsync(handeling, voorstelId, "persbericht.bijdrage", p =>
        {
            Tekstlengte.Bewaak(citaat.Wie, "citaat.wie", Tekstlengte.Kort);
            Tekstlengte.Bewaak(citaat.Functie, "citaat.functie", Tekstlengte.Kort);
            Tekstlengte.Bewaak(citaat.Citaat, "citaat.citaat", Tekstlengte.Lang);
            Tekstlengte.Bewaak(contact.Naam, "contact.naam", Tekstlengte.Kort);
            Tekstlengte.Bewaak(contact.Telefoon, "contact.telefoon", Tekstlengte.Kort);
            Tekstlengte.Bewaak(contact.Email, "contact.email", Tekstlengte.Kort);
            return p.VulBijdrageAan(Org, PersberichtSchema, handeling.ActorId, gemeente, citaat, contact, time.GetUtcNow());
        }, cancellationToken);

    public Task<(Stored<Persbericht> Persbericht, PersberichtResultaat Resultaat)> GeefAkkoordAsync(Handeling handeling, string voorstelId, string gemeente, CancellationToken cancellationToken) =>
        ChangePersberichtAsync(handeling, voorstelId, "persbericht.akkoord", p => p.GeefAkkoord(Org, handeling.ActorId, gemeente, time.GetUtcNow()), cancellationToken);

    public Task<(Stored<Persbericht> Persbericht, PersberichtResultaat Resultaat)> StelEmbargoInAsync(Handeling handeling, string voorstelId, DateTimeOffset? embargoTot, CancellationToken cancellationToken) =>
        ChangePersberichtAsync(handeling, voorstelId, "persbericht.embargo", p => p.StelEmbargoIn(Org, handeling.ActorId, embargoTot, time.GetUtcNow()), cancellationToken);

    public Task<(Stored<Persbericht> Persbericht, PersberichtResultaat Resultaat)> ReleaseDeelverzamelingAsync(Handeling handeling, string voorstelId, IReadOnlyList<string> gemeenten, string reden, CancellationToken cancellationToken) =>
        ChangePersberichtAsync(handeling, voorstelId, "persbericht.deelvrijgave", p =>
        {
            Tekstlengte.Bewaak(reden, nameof(reden), Tekstlengte.Lang);
            return p.ReleaseVoorDeelverzameling(Org, handeling.ActorId, gemeenten, reden, time.GetUtcNow());
        }, cancellationToken);

    /// <summary>
    /// A college decided on a dossier of this proposal: the press release registers it (idempotent by its id) and is
    /// released if every college now agreed and the embargo passed. Returns the state after it, whose releases the
    /// caller (re-)distributes; they are idempotent per key, so a replay is harmless.
    /// </summary>
    public async Task<(Persbericht? Persbericht, PersberichtResultaat Resultaat)> RegistreerBesluitAsync(string voorstelId, string gemeente, BesluitUitkomst uitkomst, string besluitId, DateOnly vergaderdatum, CancellationToken cancellationToken)
    {
        var stored = await _persberichten.GetAsync(PersberichtKey(voorstelId), cancellationToken);
        if (stored is null)
        {
            return (null, PersberichtResultaat.Leeg);
        }

        var now = time.GetUtcNow();
        var persbericht = stored.Value;
        await AppendOpenAuditAsync(voorstelId, persbericht.OpenAudit, cancellationToken);
        var besluit = persbericht.RegistreerBesluit(gemeente, uitkomst, besluitId, vergaderdatum, now);
        var vrijgave = persbericht.Release(now);
        if (besluit.IsLeeg && vrijgave.IsLeeg)
        {
            return (persbericht, PersberichtResultaat.Leeg);
        }

        persbericht.OpenAudit = [.. besluit.Gebeurtenissen.Concat(vrijgave.Gebeurtenissen).Select(g => Regel(g, "queue besluiten"))];
        await _persberichten.ReplaceAsync(PersberichtKey(voorstelId), persbericht, stored.ETag, cancellationToken);
        await AppendOpenAuditAsync(voorstelId, persbericht.OpenAudit, cancellationToken);

        return (persbericht, new PersberichtResultaat([.. besluit.Gebeurtenissen, .. vrijgave.Gebeurtenissen], [.. besluit.Meldingen, .. vrijgave.Meldingen], [.. besluit.Vrijgaven, .. vrijgave.Vrijgaven]));
    }

    /// <summary>The release timer: a press release whose embargo moment passed and that is otherwise ready goes out.</summary>
    /// <summary>
    /// The daily scan: appends the audit lines that a stopped process left in a joint proposal or its press release
    /// (each once; a line already in the trail is recognised), so a trail nobody changes again is still complete.
    /// </summary>
    public async Task<int> AppendOpenAuditAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        await foreach (var key in _voorstellen.ListKeysAsync("voorstellen/", cancellationToken))
        {
            if (await _voorstellen.GetAsync(key, cancellationToken) is { } voorstel)
            {
                await AppendOpenAuditAsync(voorstel.Value.Id, voorstel.Value.OpenAudit, cancellationToken);
                if (await _persberichten.GetAsync(PersberichtKey(voorstel.Value.Id), cancellationToken) is { } persbericht)
                {
                    await AppendOpenAuditAsync(voorstel.Value.Id, persbericht.Value.OpenAudit, cancellationToken);
                }

                scanned++;
            }
        }

        return scanned;
    }

    public async Task<IReadOnlyList<Persbericht>> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        var released = new List<Persbericht>();
        await foreach (var key in _persberichten.ListKeysAsync("persberichten/", cancellationToken))
        {
            var stored = await _persberichten.GetAsync(key, cancellationToken);
            if (stored is null || !EmbargoBewaker.Beoordeel(stored.Value, time.GetUtcNow()).VrijgaveNodig)
            {
                continue;
            }

            await AppendOpenAuditAsync(stored.Value.VoorstelId, stored.Value.OpenAudit, cancellationToken);
            var resultaat = stored.Value.Release(time.GetUtcNow());
            if (!resultaat.IsLeeg)
            {
                stored.Value.OpenAudit = [.. resultaat.Gebeurtenissen.Select(g => Regel(g, "timer PersberichtEmbargo"))];
                await _persberichten.ReplaceAsync(key, stored.Value, stored.ETag, cancellationToken);
                await AppendOpenAuditAsync(stored.Value.VoorstelId, stored.Value.OpenAudit, cancellationToken);
                released.Add(stored.Value);
            }
        }

        return released;
    }

    public async Task<(string Text, AuditLogParseResult Result)> AuditAsync(string actorId, string voorstelId, CancellationToken cancellationToken)
    {
        // Reading never writes: lines a stopped process left behind go in with the next change or the daily scan.
        await GetVoorstelAsync(actorId, voorstelId, cancellationToken);
        var text = await audit.ReadTextAsync(AuditId(voorstelId), cancellationToken);
        return (text, AuditLog.Parse(text));
    }

    /// <summary>Where each linked dossier stands, read for the tracker.</summary>
    private async Task<List<DossierStand>> StandenAsync(Samenwerkingsvoorstel voorstel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var standen = new List<DossierStand>();
        foreach (var deelnemer in voorstel.Deelnemers.Where(d => d.DossierId is not null))
        {
            standen.Add(DossierStand.Van((await dossiers.LoadForSamenwerkingAsync(deelnemer.DossierId!, cancellationToken)).Value, Org, now));
        }

        return standen;
    }

    private async Task<Stored<Samenwerkingsvoorstel>> ChangeVoorstelAsync(Handeling handeling, string voorstelId, Func<Samenwerkingsvoorstel, SamenwerkingGebeurtenis?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stored = await GetVoorstelAsync(handeling.ActorId, voorstelId, cancellationToken);
            if (handeling.IfMatch is { } ifMatch && ifMatch != stored.ETag)
            {
                throw new ConcurrencyConflictException(voorstelId);
            }

            // What a previous change left unappended goes first, keeping the trail in order.
            await AppendOpenAuditAsync(voorstelId, stored.Value.OpenAudit, cancellationToken);
            SamenwerkingGebeurtenis? gebeurtenis;
            try
            {
                gebeurtenis = change(stored.Value);
            }
            catch (DossierForbiddenException ex)
            {
                await AuditAsync(voorstelId, handeling, "samenwerking", ex.Message, AuditResult.Denied, cancellationToken);
                throw;
            }

            try
            {
                stored.Value.OpenAudit = gebeurtenis is null ? [] : [Regel(gebeurtenis, handeling.Origin)];
                var etag = await _voorstellen.ReplaceAsync(VoorstelKey(voorstelId), stored.Value, stored.ETag, cancellationToken);
                await AppendOpenAuditAsync(voorstelId, stored.Value.OpenAudit, cancellationToken);

                return new Stored<Samenwerkingsvoorstel>(stored.Value, etag);
            }
            catch (ConcurrencyConflictException) when (handeling.IfMatch is null && attempt < 10)
            {
                // No If-Match: the caller acted on the latest state, so apply it to the new one.
            }
        }
    }

    private async Task<(Stored<Persbericht>, PersberichtResultaat)> ChangePersberichtAsync(Handeling handeling, string voorstelId, string actie, Func<Persbericht, PersberichtResultaat> change, CancellationToken cancellationToken)
    {
        var stored = await GetPersberichtAsync(handeling.ActorId, voorstelId, cancellationToken) ?? throw new DossierNotFoundException($"{voorstelId}/persbericht");
        if (handeling.IfMatch is { } ifMatch && ifMatch != stored.ETag)
        {
            throw new ConcurrencyConflictException(voorstelId);
        }

        await AppendOpenAuditAsync(voorstelId, stored.Value.OpenAudit, cancellationToken);
        PersberichtResultaat resultaat;
        try
        {
            resultaat = change(stored.Value);
        }
        catch (DossierForbiddenException ex)
        {
            await AuditAsync(voorstelId, handeling, actie, ex.Message, AuditResult.Denied, cancellationToken);
            throw;
        }

        stored.Value.OpenAudit = [.. resultaat.Gebeurtenissen.Select(g => Regel(g, handeling.Origin))];
        var etag = await _persberichten.ReplaceAsync(PersberichtKey(voorstelId), stored.Value, stored.ETag, cancellationToken);
        await AppendOpenAuditAsync(voorstelId, stored.Value.OpenAudit, cancellationToken);

        return (new Stored<Persbericht>(stored.Value, etag), resultaat);
    }

    private static AuditOpdracht Regel(SamenwerkingGebeurtenis gebeurtenis, string origin) =>
        new(gebeurtenis.Actor, gebeurtenis.Actie, gebeurtenis.Toelichting ?? gebeurtenis.Object, gebeurtenis.Resultaat, origin, gebeurtenis.Tijd, null);

    private Task AppendOpenAuditAsync(string voorstelId, IReadOnlyList<AuditOpdracht> regels, CancellationToken cancellationToken) =>
        audit.AppendOnceAsync(AuditId(voorstelId), regels, cancellationToken);

    private Task AuditAsync(string voorstelId, Handeling handeling, string actie, string @object, string resultaat, CancellationToken cancellationToken) =>
        audit.AppendAsync(AuditId(voorstelId), handeling.ActorId, actie, @object, resultaat, handeling.Origin, time.GetUtcNow(), null, cancellationToken);

    private void EnsureDeelnemer(string actorId, Samenwerkingsvoorstel voorstel)
    {
        if (!voorstel.IsDeelnemer(Persoon(actorId).Gemeente))
        {
            throw new DossierForbiddenException($"'{actorId}' werkt niet voor een gemeente die deelneemt aan '{voorstel.Id}'.");
        }
    }

    private Persoon Persoon(string actorId) => Org.FindPersoon(actorId) ?? throw new DossierForbiddenException($"'{actorId}' is geen bekende medewerker.");

    public static string AuditId(string voorstelId) => $"samenwerking-{voorstelId}";

    private static string VoorstelKey(string id) => $"voorstellen/{id}.json";

    private static string PersberichtKey(string voorstelId) => $"persberichten/{voorstelId}.json";

    private static string VerwijzingKey(string dossierId) => $"dossiers/{dossierId}.json";

    private static string ReserveringKey(string voorstelId, string gemeente) => $"reserveringen/{voorstelId}/{gemeente}.json";
}
