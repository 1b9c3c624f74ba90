using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Publicatie;

/// <summary>A correction of a published decision: what it said before, why it changed, and when.</summary>
public sealed record PubliekeCorrectie(DateTimeOffset GecorrigeerdOp, string? Reden, BesluitUitkomst VorigeUitkomst, string? VorigeBesluittekst);
