namespace Automatisering.Domain.Distributie;

/// <summary>
/// The bookkeeping of one delivery (<c>distributie/{key}.json</c>): "bezig" is written before the channel is
/// called, "bezorgd" after, so an attempt that died in between is recognised and checked before any resend.
/// </summary>
public sealed record DistributieStand(string Sleutel, string Status, int Pogingen, string? LaatsteFout, string? Referentie, DateTimeOffset Bijgewerkt)
{
    public const string Bezig = "bezig";
    public const string Bezorgd = "bezorgd";
    public const string Mislukt = "mislukt";
}
