namespace Automatisering.Domain.Besluitvorming;

/// <summary>
/// A decision as kept on the dossier. <see cref="Tekst"/> is the adopted decision text: the conceptbesluit for
/// Conform, the amended text for Gewijzigd, null otherwise.
/// </summary>
public sealed record GenomenBesluit(
    BesluitUitkomst Uitkomst,
    string? Tekst,
    DateOnly Vergaderdatum,
    DateOnly? AangehoudenTot,
    string VastgelegdDoor,
    DateTimeOffset VastgelegdOp);
