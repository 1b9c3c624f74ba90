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

    /// <summary>An XML part declares a DTD: the way to entity-expansion (billion laughs) and external-entity (XXE) attacks; OOXML never needs one.</summary>
    DocumentTypeDefinition,
}
