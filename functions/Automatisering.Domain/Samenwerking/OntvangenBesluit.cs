using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// A college decision as it arrived from a participant's dossier. <see cref="BesluitId"/> identifies the event so a
/// redelivery is recognised; <see cref="Vergaderdatum"/> orders decisions of one municipality whatever order they arrive in.
/// </summary>
public sealed record OntvangenBesluit(
    string Gemeente,
    BesluitUitkomst Uitkomst,
    string BesluitId,
    DateOnly Vergaderdatum,
    DateTimeOffset OntvangenOp);
