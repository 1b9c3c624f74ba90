namespace Automatisering.Domain.Besluitvorming;

/// <summary>Where the paraaf route resumes after the author edits the document during the route.</summary>
public enum HerstartRegel
{
    /// <summary>Every step signs the new version again.</summary>
    VanafEersteStap,

    /// <summary>
    /// Steps before the one that signed last keep their paraaf on the old version; that step and the rest sign again.
    /// An edit mid-route is usually the answer to the last signer's remarks, so earlier signers need not look again.
    /// </summary>
    VanafLaatstGetekendeStap,

    /// <summary>Steps before step <see cref="Herstart.Stap"/> (1-based) keep their paraaf; from that step on everyone signs again.</summary>
    VanafStap,
}
