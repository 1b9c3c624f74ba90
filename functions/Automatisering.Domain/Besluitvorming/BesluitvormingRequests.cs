using System.Text.Json;

namespace Automatisering.Domain.Besluitvorming;

public sealed record NieuwDossierRequest(string? Gemeente, string? Onderwerp, string? Portefeuille, bool FinancieleGevolgen, JsonElement Velden);

public sealed record BewerkDossierRequest(JsonElement Velden, bool? FinancieleGevolgen);

public sealed record ParaafRequest(string? VersieHash, DateOnly? Vergaderdatum, AgendapuntSoort? Soort);

public sealed record RetourRequest(string? Opmerking);

public sealed record BesluitRequest(string? DossierId, BesluitUitkomst? Uitkomst, string? Tekst, DateOnly? AangehoudenTot);

public sealed record AuditTrailView(bool Geldig, int? EersteFout, string? Defect, string? Reden, IReadOnlyList<AuditEntry> Regels);
