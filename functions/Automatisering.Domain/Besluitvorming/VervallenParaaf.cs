namespace Automatisering.Domain.Besluitvorming;

/// <summary>A paraaf voided because the author made version <see cref="DoorVersie"/>; kept for the history.</summary>
public sealed record VervallenParaaf(Paraaf Paraaf, DateTimeOffset VervallenOp, int DoorVersie);
