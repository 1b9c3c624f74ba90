namespace Automatisering.Domain.Besluitvorming;

/// <summary>The last registration number handed out in one gemeente and year.</summary>
public sealed record RegistratieTeller(int Laatste);
