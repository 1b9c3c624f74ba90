using System.Text.Json;

namespace Automatisering.Domain.Samenwerking;

public sealed record NieuwVoorstelRequest(string? Titel, string? Samenwerkingsverband, IReadOnlyList<string>? Deelnemers, JsonElement GedeeldeVelden);

public sealed record DeelnemerDossierRequest(string? Portefeuille, JsonElement Velden);

public sealed record MijlpaalRequest(string? Omschrijving, MijlpaalSoort? Soort, DateOnly? GeplandOp, string? Gemeente);

public sealed record GebeurdRequest(DateOnly? Datum);

public sealed record PersberichtRequest(JsonElement Tekst, DateTimeOffset? EmbargoTot);

public sealed record BijdrageRequest(PersCitaat? Citaat, PersContact? Contact);

public sealed record EmbargoRequest(DateTimeOffset? EmbargoTot);

public sealed record DeelvrijgaveRequest(IReadOnlyList<string>? Gemeenten, string? Reden);
