namespace Automatisering.Domain.Besluitvorming;

/// <summary>What changed between two versions of a dossier: the fields, and the attachments added or removed.</summary>
public sealed record Versieverschillen(
    int Van,
    int Naar,
    IReadOnlyList<VeldVerschil> Velden,
    IReadOnlyList<string> BijlagenErbij,
    IReadOnlyList<string> BijlagenWeg,
    bool VeldenOnbekend);
