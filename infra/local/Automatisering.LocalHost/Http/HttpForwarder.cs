using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;
using Automatisering.LocalHost.Triggers;
using Automatisering.LocalHost.Worker;
using Microsoft.AspNetCore.Http.Extensions;

namespace Automatisering.LocalHost.Http;

/// <summary>
/// The host's HTTP side with ASP.NET Core integration: the raw request goes to the worker's own HTTP address with
/// <c>x-ms-invocation-id</c>, and at the same time an InvocationRequest with that id tells the worker which function
/// runs; the worker's HTTP response is the response. Output bindings in the InvocationResponse are written too.
/// </summary>
internal sealed class HttpForwarder(WorkerHub hub, FunctionInvoker invoker, HttpClient http, LocalHostOptions options, string routePrefix, CancellationToken hostStopping, ILogger logger)
{
    /// <summary>Hop-by-hop headers (RFC 9110 §7.6.1) and Host: they describe one connection, not the request.</summary>
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Host",
    };

    private HttpRouteTable? _routes;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        try
        {
            var routes = await GetRoutesAsync(context.RequestAborted);
            if (routes is null)
            {
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "De functies zijn nog niet geladen").ExecuteAsync(context);
                return;
            }

            if (routes.Match(request.Method, request.Path) is not { } match)
            {
                HostLog.HttpNotFound(logger, request.Method, request.Path);
                await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden").ExecuteAsync(context);
                return;
            }

            var worker = await hub.WaitReadyAsync(context.RequestAborted);
            if (worker.HttpUri is null)
            {
                await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "De worker meldt geen HTTP-adres (HttpUri)").ExecuteAsync(context);
                return;
            }

            var invocationId = Guid.NewGuid().ToString();
            HostLog.HttpForwarding(logger, request.Method, request.Path, match.Function.Name, invocationId);
            var invocation = InvokeAsync(match.Function, invocationId, context, match.Values);
            await ForwardAsync(context, worker.HttpUri, invocationId);

            // The response is complete; the invocation's outputs follow in the background.
            _ = invocation.ContinueWith(
                t =>
                {
                    if (t.IsCompletedSuccessfully && !t.Result.Succeeded)
                    {
                        HostLog.InvocationFailed(logger, match.Function.Name, t.Result.Error!);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // A client hanging up is not an error.
            HostLog.HttpClientGone(logger, request.Method, request.Path);
        }
        catch (Exception ex) when (ex is TimeoutException or WorkerGoneException or HttpRequestException)
        {
            HostLog.InvocationFailed(logger, request.Path, ex.Message);
            if (!context.Response.HasStarted)
            {
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "De worker is niet beschikbaar", detail: ex.Message).ExecuteAsync(context);
            }
        }
    }

    private async Task<HttpRouteTable?> GetRoutesAsync(CancellationToken cancellationToken)
    {
        if (_routes is not null)
        {
            return _routes;
        }

        try
        {
            // Requests that arrive while the worker starts wait for its functions (bounded).
            var functions = await hub.Functions.WaitAsync(options.WorkerReadyTimeout, cancellationToken);
            return _routes = new HttpRouteTable(functions, routePrefix);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private Task<InvocationResult> InvokeAsync(FunctionDefinition function, string invocationId, HttpContext context, RouteValueDictionary routeValues)
    {
        var request = context.Request;
        var rpcHttp = new RpcHttp { Method = request.Method, Url = request.GetDisplayUrl() };
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Headers)
        {
            headers[name] = value.ToString();
            rpcHttp.Headers[name] = value.ToString();
        }

        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Query)
        {
            query[name] = value.ToString();
            rpcHttp.Query[name] = value.ToString();
        }

        var metadata = new TriggerMetadata();
        foreach (var (name, value) in routeValues)
        {
            if (value?.ToString() is { } text)
            {
                rpcHttp.Params[name] = text;
                metadata.AddString(name, text);
            }
        }

        metadata.AddJson("Query", query).AddJson("Headers", headers).AddSys(function.Name);

        // Not tied to the client: the worker runs the function anyway, and its outputs must still be written.
        return invoker.InvokeAsync(function, invocationId, new TypedData { Http = rpcHttp }, metadata, null, hostStopping);
    }

    private async Task ForwardAsync(HttpContext context, Uri workerUri, string invocationId)
    {
        using var response = await SendToWorkerAsync(context, workerUri, invocationId);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!NotForwarded.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        await body.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>
    /// The worker reports its HTTP address before its server listens, so right after start a connection can be
    /// refused; nothing was sent then (the body is unread), so it is tried again until the worker is up (bounded).
    /// </summary>
    private async Task<HttpResponseMessage> SendToWorkerAsync(HttpContext context, Uri workerUri, string invocationId)
    {
        var deadline = DateTime.UtcNow + options.WorkerReadyTimeout;
        while (true)
        {
            // Not disposed on success: the request (and its body stream) stays in use while the response streams back.
            var message = CreateMessage(context.Request, workerUri, invocationId);
            try
            {
                return await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            }
            catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConnectionError
                && ex.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused }
                && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, context.RequestAborted);
            }
        }
    }

    private static HttpRequestMessage CreateMessage(HttpRequest request, Uri workerUri, string invocationId)
    {
        var target = new Uri(workerUri, request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent());
        var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            message.Content = new StreamContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (NotForwarded.Contains(name))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)value);
            }
        }

        message.Headers.TryAddWithoutValidation("x-ms-invocation-id", invocationId);
        return message;
    }
}
