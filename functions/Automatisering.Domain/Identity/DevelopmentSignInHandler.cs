using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Identity;

/// <summary>
/// Local development sign-in: the cookie set by the sign-in page, or the header <c>X-Dev-User</c> for API
/// calls, names a configured person. Registered only when enabled, and never when running in Azure.
/// </summary>
internal sealed class DevelopmentSignInHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IPersonDirectory people)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentSignIn";
    public const string CookieName = "automatisering-dev-user";
    public const string HeaderName = "X-Dev-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var personId = Request.Headers[HeaderName].FirstOrDefault() ?? Request.Cookies[CookieName];
        if (string.IsNullOrWhiteSpace(personId))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!people.Exists(personId))
        {
            return Task.FromResult(AuthenticateResult.Fail($"'{personId}' is not a configured person."));
        }

        var identity = new ClaimsIdentity([new Claim(AutomatiseringClaims.PersonId, personId), new Claim(ClaimTypes.Name, personId)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
