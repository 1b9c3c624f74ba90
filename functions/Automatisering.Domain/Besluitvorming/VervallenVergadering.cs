namespace Automatisering.Domain.Besluitvorming;

/// <summary>A regular or extra meeting the secretariat cancelled, with the reason.</summary>
public sealed record VervallenVergadering(DateOnly Datum, string Reden, string Door);
