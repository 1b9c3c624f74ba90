namespace Automatisering.Domain.Samenwerking;

/// <summary>A participant of the joint press release: its local quote and contact and its communicatieadviseur's approval.</summary>
public sealed record PersDeelnemer(string Gemeente, string Naam, PersCitaat? Citaat, PersContact? Contact, PersAkkoord? Akkoord);
