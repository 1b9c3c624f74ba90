namespace Automatisering.Domain.Raadsinformatie;

/// <summary>One uploaded version of a library document: the file as it was uploaded, who did and when.</summary>
public sealed record DocumentVersieBestand(int Nummer, string Bestandsnaam, string ContentType, long Grootte, string Sha256, string GeuploadDoor, DateTimeOffset GeuploadOp);
