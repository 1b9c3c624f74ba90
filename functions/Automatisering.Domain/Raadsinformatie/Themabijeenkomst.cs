namespace Automatisering.Domain.Raadsinformatie;

/// <summary>
/// A theme meeting of a cooperation's councils with the portfolio holders: when and where, the agenda with documents
/// from the library, which councils take part, the attendance of the raadsleden as their griffiers registered it,
/// and the notes, published after the meeting.
/// </summary>
public sealed record Themabijeenkomst(
    string Id,
    string Samenwerkingsverband,
    string Titel,
    DateOnly Datum,
    string Tijd,
    string Plaats,
    IReadOnlyList<string> Gemeenten,
    IReadOnlyList<AgendaOnderdeel> Agenda,
    IReadOnlyDictionary<string, bool> Aanwezigheid,
    string? Verslag,
    DateTimeOffset? VerslagGepubliceerdOp,
    string GeplandDoor);
