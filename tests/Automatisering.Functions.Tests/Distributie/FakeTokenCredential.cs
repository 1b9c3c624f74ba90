using Azure.Core;

namespace Automatisering.Functions.Tests.Distributie;

/// <summary>A fixed bearer token, so the real Graph SDK pipeline runs without Entra ID.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
