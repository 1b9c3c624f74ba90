namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A participating municipality's own part of a joint proposal: when its college decides, who carries it there,
/// under which programme, and the <see cref="DossierId"/> of its own dossier once that exists.
/// </summary>
public sealed record Deelnemer(
    string Gemeente,
    string Naam,
    DateOnly? Collegedatum,
    string? PortefeuillehouderId,
    string? Portefeuille,
    string? Programma,
    string? DossierId);
