using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Automatisering.Functions.CustomHandler.Runner;

/// <summary>
/// Calls the custom handler the way the Functions host does: <c>POST /{FunctionName}</c> on the handler's own
/// HTTP address. Going through HTTP (not a method call) keeps the local run and Azure interchangeable.
/// </summary>
public sealed class FunctionInvoker(HttpClient http, IServer server)
{
    private Uri? _baseAddress;

    public async Task<InvocationResult> InvokeAsync(string functionName, InvocationRequest request, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(BaseAddress, functionName), request, JsonSerializerOptions.Web, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return InvocationResult.Failed($"the handler answered {(int)response.StatusCode} {response.ReasonPhrase}: {Truncate(body)}");
        }

        // A 2xx whose body is not the response JSON is a failed invocation, as with the host.
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return InvocationResult.Failed($"the handler's answer is not an invocation response object: {Truncate(body)}");
            }

            var parsed = document.RootElement.Deserialize<InvocationResponse>(JsonSerializerOptions.Web)!;
            return InvocationResult.Succeeded(parsed);
        }
        catch (JsonException ex)
        {
            return InvocationResult.Failed($"the handler's answer is not invocation response JSON ({ex.Message}): {Truncate(body)}");
        }
    }

    private Uri BaseAddress => _baseAddress ??= ResolveBaseAddress();

    private Uri ResolveBaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("The app listens on no http:// address; the trigger runner cannot reach the handler.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost"));
        uri.Path = "/";
        return uri.Uri;
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
