namespace Automatisering.LocalHost.Triggers;

/// <summary>The host's timer status blob: when the timer last ran and when it is due next.</summary>
public sealed record TimerScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
