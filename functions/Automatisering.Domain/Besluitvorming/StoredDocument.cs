namespace Automatisering.Domain.Besluitvorming;

/// <param name="Map">The version (or decision) folder it is stored in, e.g. to ask for its PDF.</param>
public sealed record StoredDocument(string Name, byte[] Content, string Sha256, string ContentType, string? Map = null);
