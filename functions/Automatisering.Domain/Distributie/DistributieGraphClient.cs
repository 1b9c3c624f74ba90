using System.Net;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Automatisering.Domain.Distributie;

/// <summary>The one place where the Graph client, its credential and its retry policy are put together.</summary>
public static class DistributieGraphClient
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public static GraphServiceClient Create(GraphDistributieOptions options, TokenCredential credential)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.IndexOf(handlers.Single(h => h is RetryHandler));
        handlers[retry] = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetry,
            // Only what the service refused without doing anything is resent blindly; a 504 may have sent the
            // mail, so it comes back to the caller as an ambiguous outcome instead.
            ShouldRetry = (_, _, response) =>
                response.StatusCode == HttpStatusCode.TooManyRequests ||
                (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null),
        });

        var baseUrl = options.BaseUrl.TrimEnd('/');
        // The token goes only to the Graph host itself, never to the pre-authenticated upload URLs elsewhere.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], scopes: Scopes);
        var http = GraphClientFactory.Create(handlers);
        return new GraphServiceClient(http, authentication, baseUrl);
    }

    public static GraphServiceClient Create(GraphDistributieOptions options) =>
        Create(options, new Azure.Identity.ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret));
}
