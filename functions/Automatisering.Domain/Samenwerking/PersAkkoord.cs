namespace Automatisering.Domain.Samenwerking;

/// <summary>A communicatieadviseur's approval of version <see cref="TekstVersie"/> of the shared text with their own contribution.</summary>
public sealed record PersAkkoord(string Door, DateTimeOffset Op, int TekstVersie);
