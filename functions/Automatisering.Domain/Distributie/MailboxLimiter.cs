using System.Collections.Concurrent;

namespace Automatisering.Domain.Distributie;

/// <summary>
/// At most N Graph requests in flight per mailbox: Exchange throttles a mailbox beyond four concurrent requests,
/// and a throttled mailbox slows every delivery down.
/// </summary>
public sealed class MailboxLimiter(int maxPerMailbox)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _mailboxes = new(StringComparer.OrdinalIgnoreCase);

    /// <remarks>Each call may issue one request at a time (an upload task sends its slices one after another).</remarks>
    public async Task<T> RunAsync<T>(string mailbox, Func<Task<T>> request, CancellationToken ct)
    {
        var gate = _mailboxes.GetOrAdd(mailbox, _ => new SemaphoreSlim(maxPerMailbox, maxPerMailbox));
        await gate.WaitAsync(ct);
        try
        {
            return await request();
        }
        finally
        {
            gate.Release();
        }
    }

    public Task RunAsync(string mailbox, Func<Task> request, CancellationToken ct) =>
        RunAsync(mailbox, async () => { await request(); return true; }, ct);
}
