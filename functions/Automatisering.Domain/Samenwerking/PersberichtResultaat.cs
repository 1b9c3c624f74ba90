namespace Automatisering.Domain.Samenwerking;

/// <summary>
/// What a step on the press release produced: audit events to append, notifications to send and deliveries to
/// make. The caller stores the press release first, then acts on these.
/// </summary>
public sealed record PersberichtResultaat(
    IReadOnlyList<SamenwerkingGebeurtenis> Gebeurtenissen,
    IReadOnlyList<Melding> Meldingen,
    IReadOnlyList<PersberichtVrijgave> Vrijgaven)
{
    public static PersberichtResultaat Leeg { get; } = new([], [], []);

    public bool IsLeeg => Gebeurtenissen.Count == 0 && Meldingen.Count == 0 && Vrijgaven.Count == 0;
}
