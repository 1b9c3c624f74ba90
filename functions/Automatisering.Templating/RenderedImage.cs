namespace Automatisering.Templating;

/// <summary>An image added while rendering one document: its media entry and the relationship its part needs.</summary>
internal sealed record RenderedImage(string PartName, string RelationshipId, string EntryName, string Target, byte[] Bytes);
