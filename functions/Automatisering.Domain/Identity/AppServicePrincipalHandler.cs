using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Identity;

/// <summary>
/// App Service Authentication signs the user in and passes <c>X-MS-CLIENT-PRINCIPAL</c> (Base64 JSON with
/// the claims). The header is trusted only when the platform's authentication is on, because only then does
/// the platform strip it from incoming requests.
/// </summary>
internal sealed class AppServicePrincipalHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IPersonDirectory people)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AppServiceAuthentication";
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IdentityOptions.PlatformAuthenticationEnabled || Request.Headers[HeaderName].FirstOrDefault() is not { Length: > 0 } header)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        ClientPrincipal? principal;
        try
        {
            principal = JsonSerializer.Deserialize<ClientPrincipal>(Convert.FromBase64String(header), JsonSerializerOptions.Web);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return Task.FromResult(AuthenticateResult.Fail("X-MS-CLIENT-PRINCIPAL is not valid Base64 JSON."));
        }

        var email = principal?.Claims?.FirstOrDefault(c => c.Typ is "preferred_username" or ClaimTypes.Email or "email" or ClaimTypes.Upn)?.Val;
        var personId = email is null ? null : people.FindByEmail(email);
        if (personId is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The signed-in account is not a configured person."));
        }

        var identity = new ClaimsIdentity([new Claim(AutomatiseringClaims.PersonId, personId), new Claim(ClaimTypes.Name, email!)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private sealed record ClientPrincipal(string? AuthTyp, IReadOnlyList<ClientPrincipalClaim>? Claims);

    private sealed record ClientPrincipalClaim(string Typ, string Val);
}
