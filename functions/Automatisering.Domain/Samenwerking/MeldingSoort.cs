namespace Automatisering.Domain.Samenwerking;

public enum MeldingSoort
{
    /// <summary>A participating college held the proposal over; the joint release waits.</summary>
    BesluitAangehouden,

    /// <summary>A participating college did not agree; the joint release is blocked until the lead decides.</summary>
    BesluitNietAkkoord,
}
