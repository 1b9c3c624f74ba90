using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.LocalHost.TestWorker;

public sealed class TimerFunctions
{
    /// <summary>Runs at start-up (and yearly); writes what it was given so the tests can read IsPastDue.</summary>
    [Function("Nightly")]
    [BlobOutput("timers/nightly-{rand-guid}.json")]
    public string Nightly([TimerTrigger("0 0 3 1 1 *", RunOnStartup = true)] TimerInfo timer) =>
        JsonSerializer.Serialize(new { timer.IsPastDue, Last = timer.ScheduleStatus?.Last, Next = timer.ScheduleStatus?.Next });
}
