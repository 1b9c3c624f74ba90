namespace Automatisering.Domain.Distributie;

/// <summary>The document library (drive) and folder in it where the delivery's files are placed as well.</summary>
public sealed record SharePointDoel(string DriveId, string Folder);
