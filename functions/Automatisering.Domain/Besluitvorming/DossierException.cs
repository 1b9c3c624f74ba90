namespace Automatisering.Domain.Besluitvorming;

/// <summary>Base of the dossier domain errors; the HTTP layer maps the subclasses to status codes.</summary>
public abstract class DossierException(string message) : Exception(message);
