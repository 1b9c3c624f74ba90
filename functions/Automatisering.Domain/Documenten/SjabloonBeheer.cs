using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Automatisering.Domain.Besluitvorming;
using Automatisering.Templating;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Documenten;

/// <summary>
/// The functioneel beheerder's work on the gemeente's templates, for the web page and the API alike: upload (inspected
/// and checked before anything is stored), the checker's report, a preview with the sample data, activate, restore an
/// earlier version and download. Only a functioneel beheerder of that gemeente may; every change and every refusal
/// goes into the gemeente's trail (<c>audit/gemeente-{slug}.jsonl</c>).
/// </summary>
public sealed partial class SjabloonBeheer(
    SjabloonStore store,
    DocumentRenderer renderer,
    Organisatie organisatie,
    AuditTrailStore audit,
    IOptions<TemplatesOptions> options,
    TimeProvider time,
    ILogger<SjabloonBeheer> logger)
{
    /// <summary>The document types a gemeente can have its own template for.</summary>
    public static readonly IReadOnlyList<string> Typen = ["agendapunt", "collegeadvies", "handvest", "persbericht", "besluitenlijst"];

    public const long MaxBytes = 20 * 1024 * 1024;

    private const string TemplateMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string DocumentMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static string Label(string type) => type switch
    {
        "agendapunt" => "Agendapunt",
        "collegeadvies" => "Collegeadvies",
        "handvest" => "Handvest",
        "persbericht" => "Persbericht",
        "besluitenlijst" => "Besluitenlijst",
        _ => type,
    };

    /// <summary>A problem as a template manager reads it: the message and the paragraph it is in.</summary>
    public static string Beschrijf(TemplateProblem problem) =>
        string.IsNullOrEmpty(problem.Paragraph) ? problem.Message : $"{problem.Message} (alinea \"{problem.Paragraph}\")";

    /// <summary>May this person manage this gemeente's templates? (For the menu; the actions check it themselves.)</summary>
    public bool MagBeheren(string actorId, string gemeente) =>
        organisatie.Config.FindPersoon(actorId) is { } p && p.HasRol(Rol.Functioneelbeheerder) && string.Equals(p.Gemeente, gemeente, StringComparison.Ordinal);

    public async Task<IReadOnlyList<SjabloonOverzicht>> OverzichtAsync(Handeling handeling, string gemeente, CancellationToken cancellationToken)
    {
        await EnsureBeheerderAsync(handeling, gemeente, "sjablonen bekijken", gemeente, cancellationToken);
        var overzicht = new List<SjabloonOverzicht>();
        foreach (var type in Typen)
        {
            overzicht.Add(new SjabloonOverzicht(gemeente, type, await store.GetIndexAsync(gemeente, type, cancellationToken)));
        }

        return overzicht;
    }

    /// <summary>
    /// Inspects and checks the upload against the type's schema, then stores it as the next (inactive) version. A
    /// hostile file (<see cref="TemplateRejectedException"/>) or one the engine cannot render
    /// (<see cref="SjabloonOngeldigException"/>, with the report) is refused and nothing is stored.
    /// </summary>
    public async Task<SjabloonUpload> UploadAsync(Handeling handeling, string gemeente, string type, byte[] inhoud, string? bestandsnaam, CancellationToken cancellationToken)
    {
        var schema = Schema(gemeente, type);
        bestandsnaam = string.IsNullOrWhiteSpace(bestandsnaam) ? type + ".docx" : Path.GetFileName(bestandsnaam.Replace('\\', '/'));
        if (bestandsnaam.Length > Tekstlengte.Kort)
        {
            bestandsnaam = bestandsnaam[^Tekstlengte.Kort..];
        }

        if (inhoud.LongLength > MaxBytes)
        {
            throw new TemplateRejectedException(RejectionReason.TooLarge, $"Het bestand is groter dan {MaxBytes / 1024 / 1024} MB.");
        }

        // The file is judged before the person: a refused file changes nothing, not even the trail, whoever sent it.
        TemplateCheckResult rapport;
        try
        {
            rapport = TemplateChecker.Report(new MemoryStream(inhoud), schema, fileName: bestandsnaam);
            if (!rapport.CanRender)
            {
                throw new SjabloonOngeldigException(rapport);
            }
        }
        catch (Exception e) when (e is TemplateRejectedException or SjabloonOngeldigException)
        {
            LogGeweigerd(logger, gemeente, type, handeling.ActorId, e.Message);
            throw;
        }

        await EnsureBeheerderAsync(handeling, gemeente, "sjabloon uploaden", type, cancellationToken);
        var now = time.GetUtcNow();
        var versie = await store.AddAsync(gemeente, type, AlsDocx(inhoud), bestandsnaam, handeling.ActorId, now, cancellationToken);
        await audit.AppendAsync(Trail(gemeente), handeling.ActorId, "sjabloon uploaden", $"{SjabloonStore.Id(gemeente, type, versie.Nummer)} ({bestandsnaam})", AuditResult.Ok, handeling.Origin, now, versie.Sha256, cancellationToken);
        LogUpload(logger, gemeente, type, versie.Nummer, handeling.ActorId);
        return new SjabloonUpload(versie, rapport);
    }

    /// <summary>The checker's report on a stored version, as at its upload.</summary>
    public async Task<TemplateCheckResult> RapportAsync(Handeling handeling, string gemeente, string type, int nummer, CancellationToken cancellationToken)
    {
        var schema = Schema(gemeente, type);
        await EnsureBeheerderAsync(handeling, gemeente, "sjabloon controleren", type, cancellationToken);
        var docx = await VersieAsync(gemeente, type, nummer, cancellationToken);
        return TemplateChecker.Report(new MemoryStream(docx), schema, fileName: $"v{nummer}.docx");
    }

    /// <summary>A stored version rendered with the sample data (<c>templates/samples/{type}.json</c>), as .docx.</summary>
    public async Task<byte[]> VoorbeeldAsync(Handeling handeling, string gemeente, string type, int nummer, CancellationToken cancellationToken)
    {
        var shipped = renderer.Find(gemeente, type) ?? throw new SjabloonNotFoundException($"Er is geen sjabloon '{type}'.");
        await EnsureBeheerderAsync(handeling, gemeente, "sjabloon voorbeeld", type, cancellationToken);
        var docx = await VersieAsync(gemeente, type, nummer, cancellationToken);
        var sample = Path.Combine(options.Value.ResolvedRoot, "samples", type + ".json");
        using var data = JsonDocument.Parse(await File.ReadAllBytesAsync(sample, cancellationToken));
        var template = shipped with { Template = DocumentTemplate.Compile(new MemoryStream(docx), fileName: $"v{nummer}.docx"), TemplatePath = SjabloonStore.Id(gemeente, type, nummer) };
        var outcome = renderer.Render(template, data.RootElement);
        return outcome.Docx ?? throw new InvalidOperationException($"the sample data of {type} does not fit its schema: {string.Join("; ", outcome.Errors.Select(e => e.Field + ": " + e.Reason))}");
    }

    public async Task<byte[]> DownloadAsync(Handeling handeling, string gemeente, string type, int nummer, CancellationToken cancellationToken)
    {
        Schema(gemeente, type);
        await EnsureBeheerderAsync(handeling, gemeente, "sjabloon downloaden", type, cancellationToken);
        return await VersieAsync(gemeente, type, nummer, cancellationToken);
    }

    /// <summary>The active version as .docx to edit in Word, else the shipped template; with the id it has.</summary>
    public async Task<(byte[] Docx, string Id)> DownloadActiefAsync(Handeling handeling, string gemeente, string type, CancellationToken cancellationToken)
    {
        var shipped = renderer.Find(gemeente, type) ?? throw new SjabloonNotFoundException($"Er is geen sjabloon '{type}'.");
        Schema(gemeente, type);
        await EnsureBeheerderAsync(handeling, gemeente, "sjabloon downloaden", type, cancellationToken);
        var index = await store.GetIndexAsync(gemeente, type, cancellationToken);
        return index.Actief is { } nummer
            ? (await VersieAsync(gemeente, type, nummer, cancellationToken), SjabloonStore.Id(gemeente, type, nummer))
            : (await File.ReadAllBytesAsync(shipped.TemplatePath, cancellationToken), SjabloonStore.Standaard);
    }

    /// <summary>
    /// Makes a version the one new documents are made with (<paramref name="herstel"/>: an earlier one is restored);
    /// null goes back to the standaardsjabloon. Earlier versions are kept.
    /// </summary>
    public async Task<SjabloonIndex> ActiveerAsync(Handeling handeling, string gemeente, string type, int? nummer, bool herstel, CancellationToken cancellationToken)
    {
        Schema(gemeente, type);
        var actie = herstel ? "sjabloon herstellen" : "sjabloon activeren";
        var doel = nummer is { } n ? SjabloonStore.Id(gemeente, type, n) : $"{gemeente}/{type}/{SjabloonStore.Standaard}";
        await EnsureBeheerderAsync(handeling, gemeente, actie, doel, cancellationToken);
        if (nummer is { } gekozen)
        {
            // Checked again before it goes live: the stored file must still compile.
            DocumentTemplate.Compile(new MemoryStream(await VersieAsync(gemeente, type, gekozen, cancellationToken)), fileName: $"v{gekozen}.docx");
        }

        var now = time.GetUtcNow();
        var index = await store.ActivateAsync(gemeente, type, nummer, handeling.ActorId, now, cancellationToken);
        await audit.AppendAsync(Trail(gemeente), handeling.ActorId, actie, doel, AuditResult.Ok, handeling.Origin, now, index.ActieveVersie?.Sha256, cancellationToken);
        LogActief(logger, gemeente, type, doel, handeling.ActorId, herstel);
        return index;
    }

    /// <summary>Removes an uploaded version that was never active (see <see cref="SjabloonStore.RemoveAsync"/>); audited.</summary>
    public async Task VerwijderAsync(Handeling handeling, string gemeente, string type, int nummer, CancellationToken cancellationToken)
    {
        Schema(gemeente, type);
        var doel = SjabloonStore.Id(gemeente, type, nummer);
        await EnsureBeheerderAsync(handeling, gemeente, "sjabloon verwijderen", doel, cancellationToken);
        var versie = await store.RemoveAsync(gemeente, type, nummer, cancellationToken);
        await audit.AppendAsync(Trail(gemeente), handeling.ActorId, "sjabloon verwijderen", doel, AuditResult.Ok, handeling.Origin, time.GetUtcNow(), versie.Sha256, cancellationToken);
    }

    public static string Trail(string gemeente) => $"gemeente-{gemeente}";

    private TemplateSchema Schema(string gemeente, string type)
    {
        if (!Typen.Contains(type) || organisatie.Config.FindGemeente(gemeente) is null)
        {
            throw new SjabloonNotFoundException(organisatie.Config.FindGemeente(gemeente) is null
                ? $"Er is geen gemeente '{gemeente}'."
                : $"Er is geen documentsoort '{type}'. Kies uit: {string.Join(", ", Typen)}.");
        }

        // Uploads are checked against the schema the shipped template of this gemeente renders with.
        return renderer.Find(gemeente, type)?.Schema ?? throw new SjabloonNotFoundException($"Er is geen schema voor sjabloon '{type}'.");
    }

    private async Task<byte[]> VersieAsync(string gemeente, string type, int nummer, CancellationToken cancellationToken) =>
        await store.GetDocxAsync(gemeente, type, nummer, cancellationToken)
            ?? throw new SjabloonNotFoundException($"Versie {nummer} van sjabloon '{type}' bestaat niet voor gemeente '{gemeente}'.");

    private async Task EnsureBeheerderAsync(Handeling handeling, string gemeente, string actie, string doel, CancellationToken cancellationToken)
    {
        if (MagBeheren(handeling.ActorId, gemeente))
        {
            return;
        }

        // Only changes are audited when refused; looking is not worth a line in the trail.
        if (actie is not ("sjablonen bekijken" or "sjabloon controleren" or "sjabloon voorbeeld" or "sjabloon downloaden"))
        {
            await audit.AppendAsync(Trail(gemeente), handeling.ActorId, actie, doel, AuditResult.Denied, handeling.Origin, time.GetUtcNow(), null, cancellationToken);
        }

        throw new DossierForbiddenException($"Alleen de functioneel beheerder van gemeente '{gemeente}' mag de sjablonen van die gemeente beheren.");
    }

    /// <summary>
    /// A .dotx is stored as the .docx it describes (only the main part's content type differs), so the download opens
    /// in Word as a document to edit and what is rendered is a plain document.
    /// </summary>
    private static byte[] AlsDocx(byte[] inhoud)
    {
        using var input = new ZipArchive(new MemoryStream(inhoud), ZipArchiveMode.Read);
        var types = input.GetEntry("[Content_Types].xml");
        string xml;
        using (var reader = new StreamReader(types!.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        if (!xml.Contains(TemplateMain, StringComparison.Ordinal))
        {
            return inhoud;
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                using var target = copy.Open();
                if (entry.FullName == "[Content_Types].xml")
                {
                    target.Write(Encoding.UTF8.GetBytes(xml.Replace(TemplateMain, DocumentMain, StringComparison.Ordinal)));
                }
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Template {Type} of {Gemeente} uploaded as version {Nummer} by {Actor}")]
    private static partial void LogUpload(ILogger logger, string gemeente, string type, int nummer, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Template upload {Type} of {Gemeente} by {Actor} refused: {Reason}")]
    private static partial void LogGeweigerd(ILogger logger, string gemeente, string type, string actor, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Template {Type} of {Gemeente} now {Id}, set by {Actor} (restore: {Herstel})")]
    private static partial void LogActief(ILogger logger, string gemeente, string type, string id, string actor, bool herstel);
}
