namespace Automatisering.Domain.Besluitvorming;

/// <summary>One dossier in a gemeente's work list: enough for the inbox and dossier lists without opening it.</summary>
public sealed record WerkvoorraadRegel(
    string DossierId,
    string Onderwerp,
    DossierStatus Status,
    string? Stap,
    IReadOnlyList<string> WachtOp,
    DateTimeOffset? Sinds,
    DateOnly? Vergaderdatum,
    string AuteurId,
    DateTimeOffset GewijzigdOp);
