namespace Automatisering.Domain.Samenwerking;

/// <summary>A municipality's press contact (template list "contacten").</summary>
public sealed record PersContact(string Naam, string Telefoon, string Email);
