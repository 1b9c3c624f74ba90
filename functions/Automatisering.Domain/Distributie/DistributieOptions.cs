namespace Automatisering.Domain.Distributie;

/// <summary>How decisions are delivered (section <c>Automatisering:Distributie</c>).</summary>
public sealed class DistributieOptions
{
    public const string Section = "Automatisering:Distributie";
    public const string OutboxKanaalNaam = "outbox";
    public const string GraphKanaalNaam = "graph";

    /// <summary><c>outbox</c> (default: written to blob storage for a person to inspect) or <c>graph</c> (really sent).</summary>
    public string Kanaal { get; set; } = OutboxKanaalNaam;

    /// <summary>Blob container of the local outbox.</summary>
    public string OutboxContainer { get; set; } = "outbox";

    public GraphDistributieOptions Graph { get; set; } = new();

    /// <summary>Per gemeente slug: where its secretariat receives mail and where its documents go in SharePoint.</summary>
    public Dictionary<string, GemeenteDistributie> Gemeenten { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
