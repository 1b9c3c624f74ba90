namespace Automatisering.Domain.Besluitvorming;

/// <summary>Person <see cref="Vervanger"/> acts for <see cref="Vervangt"/> from <see cref="Van"/> up to and including <see cref="Tot"/>.</summary>
public sealed record Vervanging
{
    public string Vervanger { get; init; } = "";
    public string Vervangt { get; init; } = "";
    public DateOnly Van { get; init; }
    public DateOnly Tot { get; init; }

    public bool IsActief(DateTimeOffset now)
    {
        var today = NederlandseTijd.Datum(now);
        return today >= Van && today <= Tot;
    }
}
