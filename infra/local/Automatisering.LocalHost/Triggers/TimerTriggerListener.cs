using System.Text.Json;
using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using NCrontab;

namespace Automatisering.LocalHost.Triggers;

/// <summary>
/// Drives one timer-triggered function as the host does: a 6-field NCRONTAB schedule in UTC or in
/// <c>WEBSITE_TIME_ZONE</c>; only the host holding the blob lease <c>locks/{hostId}/{function}.Listener</c>
/// runs it; the status blob <c>timers/{hostId}/{function}/status</c> records the last and next run, so a
/// missed occurrence is run once with <c>IsPastDue</c> at start; <c>runOnStartup</c> runs it at start.
/// </summary>
internal sealed class TimerTriggerListener(
    FunctionDefinition function,
    BlobServiceClient blobs,
    FunctionInvoker invoker,
    string hostId,
    TimeSpan timerLease,
    TimeZoneInfo timeZone,
    TimeProvider time,
    ILogger logger)
{
    internal const string HostContainer = "azure-webjobs-hosts";
    private readonly BindingDefinition _trigger = function.Trigger;
    private readonly CrontabSchedule _schedule = FunctionParser.ParseSchedule(function.Name, function.Trigger.Schedule);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var container = blobs.GetBlobContainerClient(HostContainer);
        var lockBlob = container.GetBlobClient($"locks/{hostId}/{function.Name}.Listener");
        var statusBlob = container.GetBlobClient($"timers/{hostId}/{function.Name}/status");

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await container.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                if (!await lockBlob.ExistsAsync(stoppingToken))
                {
                    try
                    {
                        await lockBlob.UploadAsync(BinaryData.FromString(string.Empty), overwrite: false, stoppingToken);
                    }
                    catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                    {
                        // another host created it first
                    }
                }

                var lease = lockBlob.GetBlobLeaseClient();
                try
                {
                    await lease.AcquireAsync(timerLease, cancellationToken: stoppingToken);
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    // Another host is the timer runner; try again when its lease could have lapsed.
                    await Task.Delay(timerLease / 2, stoppingToken);
                    continue;
                }

                await RunWhileLeasedAsync(lease, statusBlob, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
            {
                HostLog.ListenerError(logger, function.Name, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task RunWhileLeasedAsync(BlobLeaseClient lease, BlobClient statusBlob, CancellationToken stoppingToken)
    {
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = RenewAsync(lease, leaseLost, stoppingToken);
        try
        {
            var status = await ReadStatusAsync(statusBlob, leaseLost.Token);
            var now = time.GetUtcNow();
            // As the host: a missed occurrence (monitor on) runs once as past due; otherwise runOnStartup runs it now.
            if (_trigger.UseMonitor != false && status is not null && status.Next < now)
            {
                await FireAsync(statusBlob, status, now, isPastDue: true, leaseLost.Token);
            }
            else if (_trigger.RunOnStartup == true)
            {
                await FireAsync(statusBlob, status, now, isPastDue: false, leaseLost.Token);
            }

            while (!leaseLost.IsCancellationRequested)
            {
                status = await ReadStatusAsync(statusBlob, leaseLost.Token);
                var next = NextOccurrence(time.GetUtcNow());
                HostLog.TimerScheduled(logger, function.Name, next);
                var wait = next - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, leaseLost.Token);
                }

                await FireAsync(statusBlob, status, next, isPastDue: false, leaseLost.Token);
            }
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            // stopping, or another host took over
        }
        finally
        {
            await leaseLost.CancelAsync();
            await renewal;
            try
            {
                await lease.ReleaseAsync(cancellationToken: CancellationToken.None);
            }
            catch (RequestFailedException)
            {
                // already lost; it lapses by itself
            }
        }
    }

    private async Task RenewAsync(BlobLeaseClient lease, CancellationTokenSource leaseLost, CancellationToken stoppingToken)
    {
        try
        {
            while (!leaseLost.IsCancellationRequested)
            {
                await Task.Delay(timerLease / 3, time, leaseLost.Token);
                await lease.RenewAsync(cancellationToken: stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException)
        {
            await leaseLost.CancelAsync();
        }
    }

    private async Task FireAsync(BlobClient statusBlob, TimerScheduleStatus? status, DateTimeOffset occurrence, bool isPastDue, CancellationToken cancellationToken)
    {
        HostLog.TimerFiring(logger, function.Name, occurrence, isPastDue);
        var result = await invoker.InvokeAsync(function, Guid.NewGuid().ToString(), TimerValue(status, isPastDue), new TriggerMetadata().AddSys(function.Name), null, cancellationToken);
        if (!result.Succeeded)
        {
            HostLog.InvocationFailed(logger, function.Name, result.Error!);
        }

        // As with the host, a failed run is not repeated: the status moves on to the next occurrence.
        var now = time.GetUtcNow();
        var newStatus = new TimerScheduleStatus(occurrence, NextOccurrence(now), now);
        await statusBlob.UploadAsync(BinaryData.FromObjectAsJson(newStatus, JsonSerializerOptions.Web), overwrite: true, cancellationToken);
    }

    /// <summary>The TimerInfo the worker binds, as JSON with the host's property names.</summary>
    internal static TypedData TimerValue(TimerScheduleStatus? status, bool isPastDue) => new()
    {
        Json = JsonSerializer.Serialize(new
        {
            Schedule = new { AdjustForDST = true },
            ScheduleStatus = status is null ? null : new { status.Last, status.Next, status.LastUpdated },
            IsPastDue = isPastDue,
        }),
    };

    private static async Task<TimerScheduleStatus?> ReadStatusAsync(BlobClient statusBlob, CancellationToken cancellationToken)
    {
        try
        {
            var content = await statusBlob.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<TimerScheduleStatus>(JsonSerializerOptions.Web);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The next occurrence after <paramref name="after"/>, evaluated in the configured time zone.</summary>
    internal DateTimeOffset NextOccurrence(DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, timeZone).DateTime;
        var next = _schedule.GetNextOccurrence(local);
        while (timeZone.IsInvalidTime(next))
        {
            next = _schedule.GetNextOccurrence(next); // skipped by a DST change
        }

        return new DateTimeOffset(next, timeZone.GetUtcOffset(next)).ToUniversalTime();
    }
}
