namespace Automatisering.Domain.Besluitvorming;

/// <summary>What the secretariat changed in the configured rooster: meetings added and meetings cancelled.</summary>
public sealed record Kalenderwijzigingen
{
    public IReadOnlyList<ExtraVergadering> Extra { get; init; } = [];
    public IReadOnlyList<VervallenVergadering> Vervallen { get; init; } = [];
}
