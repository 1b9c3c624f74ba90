namespace Automatisering.Domain.Samenwerking;

/// <summary>Which joint proposal a participant's dossier belongs to (<c>samenwerking/dossiers/{dossierId}.json</c>).</summary>
public sealed record VoorstelVerwijzing(string VoorstelId, string Gemeente);
