namespace Automatisering.Domain.Besluitvorming;

public enum DossierStatus
{
    /// <summary>Being written by the author; not yet submitted.</summary>
    Concept,

    /// <summary>Passing the paraaf route.</summary>
    InRoute,

    /// <summary>Returned to the author with a comment.</summary>
    Teruggestuurd,

    /// <summary>Signed by the portefeuillehouder and on a college meeting.</summary>
    Geagendeerd,

    /// <summary>Held over by the college to a later meeting.</summary>
    Aangehouden,

    /// <summary>The college decided (conform, gewijzigd or niet akkoord).</summary>
    Besloten,
}
