using System.Text.Json;

namespace Automatisering.Domain.Besluitvorming;

public sealed record NieuwDossierRequest(string? Gemeente, string? Onderwerp, string? Portefeuille, bool FinancieleGevolgen, JsonElement Velden);

public sealed record BewerkDossierRequest(JsonElement Velden, bool? FinancieleGevolgen);

public sealed record ParaafRequest(string? VersieHash, DateOnly? Vergaderdatum, AgendapuntSoort? Soort, string? Opmerking = null);

public sealed record RetourRequest(string? Opmerking);

public sealed record BesluitRequest(string? DossierId, BesluitUitkomst? Uitkomst, string? Tekst, DateOnly? AangehoudenTot, IReadOnlyList<Besluitpunt>? Punten = null);

public sealed record CorrectieRequest(BesluitUitkomst? Uitkomst, string? Tekst, IReadOnlyList<Besluitpunt>? Punten, string? Reden);

public sealed record VergaderingToevoegenRequest(DateOnly? Datum, string? Tijd, string? Plaats, string? Reden);

public sealed record VervallenRequest(string? Reden);

public sealed record VolgordeRequest(IReadOnlyList<string>? Volgorde);

public sealed record VerplaatsRequest(string? DossierId, DateOnly? Naar, string? Reden);

public sealed record AanwezigheidRequest(IReadOnlyList<string>? Aanwezig, IReadOnlyList<string>? Afwezig);

/// <summary>The calendar as the API shows it: the rooster, the coming meetings that can still be chosen, and the changes.</summary>
public sealed record VergaderkalenderView(string Gemeente, Vergaderrooster Rooster, IReadOnlyList<GeplandeVergadering> Kiesbaar, IReadOnlyList<GeplandeVergadering> Komende, Kalenderwijzigingen Wijzigingen);

public sealed record AuditTrailView(bool Geldig, int? EersteFout, string? Defect, string? Reden, IReadOnlyList<AuditEntry> Regels);
