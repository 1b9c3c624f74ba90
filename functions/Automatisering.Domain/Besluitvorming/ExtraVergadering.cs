namespace Automatisering.Domain.Besluitvorming;

/// <summary>A meeting outside the regular day, from the configuration or added by the secretariat.</summary>
public sealed record ExtraVergadering(DateOnly Datum, string? Tijd = null, string? Plaats = null, string? Reden = null, string? Door = null);
