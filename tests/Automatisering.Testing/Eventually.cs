namespace Automatisering.Testing;

/// <summary>Waits for an asynchronous outcome (a trigger firing) with a generous limit; not a speed assertion.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string what, int seconds = 60) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Timed out after {seconds} s waiting for {what}.");
    }

    public static Task True(Func<Task<bool>> probe, string what, int seconds = 60) =>
        Get<object>(async () => await probe() ? new object() : null, what, seconds);

    public static Task True(Func<bool> probe, string what, int seconds = 60) =>
        True(() => Task.FromResult(probe()), what, seconds);
}
