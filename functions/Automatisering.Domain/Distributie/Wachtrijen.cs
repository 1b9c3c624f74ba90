namespace Automatisering.Domain.Distributie;

/// <summary>
/// The storage queues between the hosts: the web interface and the API put work on them, only the function app's
/// queue triggers take it off. Named once so a sender and its trigger cannot drift apart.
/// </summary>
public static class Wachtrijen
{
    /// <summary>A decision was recorded (<see cref="BesluitBericht"/>); the fan-out to recipients runs from here.</summary>
    public const string Besluiten = "besluiten";

    /// <summary>One delivery to one gemeente (<see cref="DistributieOpdracht"/>).</summary>
    public const string Distributie = "distributie";

    /// <summary>A document version's PDF is to be made ahead of its first view (<see cref="Documenten.PdfOpdracht"/>).</summary>
    public const string Pdf = "pdf";
}
