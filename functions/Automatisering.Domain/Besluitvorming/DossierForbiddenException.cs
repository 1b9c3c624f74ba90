namespace Automatisering.Domain.Besluitvorming;

/// <summary>The actor may not perform this action on this dossier (HTTP 403).</summary>
public sealed class DossierForbiddenException(string message) : DossierException(message);
