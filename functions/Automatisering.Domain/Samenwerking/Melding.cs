namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A notification the caller must send: the domain only says who must be told what. <see cref="OntvangerId"/> is
/// the lead's communicatieadviseur who drafted the press release; <see cref="Betreft"/> the municipality it concerns.
/// </summary>
public sealed record Melding(MeldingSoort Soort, string Gemeente, string OntvangerId, string Betreft, string Tekst);
