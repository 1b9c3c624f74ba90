namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// Tells a timer (or the handler of an arriving decision) whether the joint press release is due now. The same
/// rule guards <see cref="Persbericht.Release"/>, so the timer and the release can never disagree.
/// </summary>
public static class EmbargoBewaker
{
    public static EmbargoOordeel Beoordeel(Persbericht persbericht, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(persbericht);
        var (status, reden) = persbericht.Gereedheid();
        if (status != PersberichtStatus.Gereed)
        {
            return new EmbargoOordeel(false, status, null, reden);
        }

        if (persbericht.EmbargoTot is { } embargo && now < embargo)
        {
            return new EmbargoOordeel(false, status, embargo, $"Onder embargo tot {embargo:yyyy-MM-dd HH:mm zzz}.");
        }

        return new EmbargoOordeel(true, status, null, "Alle colleges besloten positief, alle deelnemers gaven akkoord en het embargo is voorbij.");
    }
}
