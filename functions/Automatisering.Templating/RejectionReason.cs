namespace Automatisering.Templating;

/// <summary>Why an uploaded template package was refused before it was compiled.</summary>
public enum RejectionReason
{
    NotADocx,
    MacroEnabled,
    ExternalRelationship,
    AttachedTemplate,
    AltChunk,
    PathTraversal,
    ZipBomb,
    TooLarge,
}
