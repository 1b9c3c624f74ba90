namespace Automatisering.Domain.Distributie;

/// <param name="Body">Blob name, relative to the delivery's folder, of the exact request body; null for none.</param>
/// <param name="Toelichting">What a person should know that the request itself does not say.</param>
public sealed record OutboxVerzoek(string Methode, string Url, string? Body, string? Toelichting = null);
