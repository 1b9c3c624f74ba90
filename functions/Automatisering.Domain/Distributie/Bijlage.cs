namespace Automatisering.Domain.Distributie;

/// <summary>A file sent with a delivery, e.g. agendapunt.docx and its PDF.</summary>
public sealed record Bijlage(string Name, string ContentType, byte[] Bytes);
