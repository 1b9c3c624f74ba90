namespace Automatisering.Domain.Distributie;

/// <summary>The message on <c>besluiten</c> after the secretariat recorded the n-th decision on a dossier.</summary>
public sealed record BesluitBericht(string DossierId, int BesluitNr);
