namespace Automatisering.Domain.Documenten;

/// <summary>A template version that does not exist for this gemeente and document type.</summary>
public sealed class SjabloonNotFoundException(string message) : Exception(message);
