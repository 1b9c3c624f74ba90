namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// The actor acted on a document version that is no longer current (HTTP 409). A subclass of
/// <see cref="DossierStateException"/> because both are conflicts; callers that care can tell them apart.
/// </summary>
public sealed class DossierConflictException(string message, string currentHash) : DossierStateException(message)
{
    public string CurrentHash { get; } = currentHash;
}
