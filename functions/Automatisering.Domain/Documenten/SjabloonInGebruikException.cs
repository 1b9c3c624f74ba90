namespace Automatisering.Domain.Documenten;

/// <summary>A template version that is or has been active, which documents may name, so it cannot be removed.</summary>
public sealed class SjabloonInGebruikException(string message) : Exception(message);
