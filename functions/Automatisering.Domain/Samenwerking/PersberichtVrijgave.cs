using System.Text.Json;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A release of the press release to one municipality: <see cref="Inhoud"/> is the complete template data for
/// persbericht.docx. <see cref="Sleutel"/> ("persbericht/{id}/{gemeente}") is the idempotency key the caller gives
/// the delivery, so a retried send after a crash does not publish twice. <see cref="Reden"/> is set for a
/// release to a subset of the participants.
/// </summary>
public sealed record PersberichtVrijgave(
    string Gemeente,
    string Sleutel,
    DateTimeOffset VrijgegevenOp,
    string Door,
    string? Reden,
    int TekstVersie,
    JsonElement Inhoud);
