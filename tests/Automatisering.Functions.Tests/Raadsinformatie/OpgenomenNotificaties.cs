using System.Collections.Concurrent;
using Automatisering.Domain.Besluitvorming;

namespace Automatisering.Functions.Tests.Raadsinformatie;

/// <summary>The notification channel as the platform uses it, recording what it was given (once per key, as the real ones).</summary>
internal sealed class OpgenomenNotificaties : INotificatieService
{
    public ConcurrentDictionary<string, Notificatie> Verstuurd { get; } = new();

    public Task<bool> VerstuurEenmaligAsync(Notificatie notificatie, CancellationToken cancellationToken) =>
        Task.FromResult(Verstuurd.TryAdd(notificatie.Sleutel, notificatie));
}
