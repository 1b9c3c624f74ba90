using System.Text.Json.Serialization;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A planned step of the joint process. <see cref="Gemeente"/> is null for a step all participants take together
/// (a joint conference), a slug for a step of one municipality (its college decision).
/// </summary>
public sealed record Mijlpaal(
    string Id,
    string Omschrijving,
    MijlpaalSoort Soort,
    string? Gemeente,
    DateOnly GeplandOp,
    DateOnly? GebeurdOp,
    string? GemarkeerdDoor)
{
    [JsonIgnore] public bool Gebeurd => GebeurdOp is not null;
}
