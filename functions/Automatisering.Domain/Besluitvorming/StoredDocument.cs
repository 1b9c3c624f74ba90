namespace Automatisering.Domain.Besluitvorming;

public sealed record StoredDocument(string Name, byte[] Content, string Sha256, string ContentType);
