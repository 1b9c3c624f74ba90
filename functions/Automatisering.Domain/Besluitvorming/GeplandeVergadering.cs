namespace Automatisering.Domain.Besluitvorming;

/// <summary>One meeting of the calendar: when and where, and until when items can still be put on its agenda.</summary>
public sealed record GeplandeVergadering(DateOnly Datum, string Tijd, string? Plaats, DateTimeOffset Agendasluiting, bool IsExtra);
