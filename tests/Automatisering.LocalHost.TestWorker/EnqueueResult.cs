using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Automatisering.LocalHost.TestWorker;

public sealed class EnqueueResult
{
    [QueueOutput("http-out")]
    public string? Message { get; set; }

    [HttpResult]
    public IActionResult? Http { get; set; }
}
