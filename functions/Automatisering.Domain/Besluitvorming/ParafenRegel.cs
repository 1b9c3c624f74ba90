namespace Automatisering.Domain.Besluitvorming;

/// <summary>One line of the parafen block on the agendapunt, e.g. "Secretaris  A.B. Jansen  paraaf 12-02-2026".</summary>
public sealed record ParafenRegel(string Label, string Naam, string Initialen, DateOnly? Datum, string? NamensNaam);
