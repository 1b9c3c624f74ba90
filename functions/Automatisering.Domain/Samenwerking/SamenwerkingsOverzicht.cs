namespace Automatisering.Domain.Samenwerking;

/// <summary>The tracker of a joint proposal: every participant's progress and the whole planned process in date order.</summary>
public sealed record SamenwerkingsOverzicht(
    string VoorstelId,
    string Titel,
    string Samenwerkingsverband,
    string Penvoerder,
    IReadOnlyList<DeelnemerVoortgang> Deelnemers,
    IReadOnlyList<MijlpaalVoortgang> Mijlpalen);
