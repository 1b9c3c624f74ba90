namespace Automatisering.Domain.Notificaties;

/// <summary>
/// An event on the <c>gebeurtenissen</c> queue. <see cref="Id"/> is derived from the change itself (dossier and
/// the moment of its change), so a message processed twice, or sent twice, leads to the same notification keys.
/// </summary>
public sealed record Gebeurtenis(string Id, GebeurtenisSoort Soort, string Gemeente, string? DossierId, string? VoorstelId, DateTimeOffset Op, string? Opmerking = null);
