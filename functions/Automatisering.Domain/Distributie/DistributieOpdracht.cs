namespace Automatisering.Domain.Distributie;

/// <summary>
/// A queue message asking for one delivery: a college decision to one gemeente, or a released press release to
/// one gemeente's press list. It names what to send, not the bytes (queue messages stay small); the content is
/// rebuilt from storage, deterministically, so a retry sends the very same thing under the same key.
/// </summary>
public sealed record DistributieOpdracht(string Soort, string Gemeente, string? DossierId = null, int? BesluitNr = null, string? VoorstelId = null)
{
    public const string Besluit = "besluit";
    public const string Persbericht = "persbericht";

    public string Sleutel => Soort == Besluit ? $"besluit/{DossierId}/{BesluitNr}/{Gemeente}" : $"persbericht/{VoorstelId}-pers/{Gemeente}";
}
