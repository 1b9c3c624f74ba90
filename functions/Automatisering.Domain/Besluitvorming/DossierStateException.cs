namespace Automatisering.Domain.Besluitvorming;

/// <summary>The action is not allowed in the dossier's current state (HTTP 409).</summary>
public class DossierStateException(string message) : DossierException(message);
