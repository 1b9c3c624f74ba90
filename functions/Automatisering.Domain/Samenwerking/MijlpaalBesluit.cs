using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A college decision that marked a planned milestone as done, so the tracker can say the step came from the
/// decision of <see cref="Gemeente"/> at its meeting of <see cref="Vergaderdatum"/> rather than from a hand mark.
/// </summary>
public sealed record MijlpaalBesluit(string Gemeente, BesluitUitkomst Uitkomst, DateOnly Vergaderdatum);
