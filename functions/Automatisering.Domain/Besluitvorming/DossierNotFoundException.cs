namespace Automatisering.Domain.Besluitvorming;

public sealed class DossierNotFoundException(string id) : Exception($"Dossier '{id}' bestaat niet.");
