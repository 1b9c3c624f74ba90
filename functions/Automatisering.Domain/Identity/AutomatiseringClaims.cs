using System.Security.Claims;

namespace Automatisering.Domain.Identity;

public static class AutomatiseringClaims
{
    /// <summary>The configured person the account is, whatever way it signed in.</summary>
    public const string PersonId = "automatisering/person";

    public static string? GetPersonId(this ClaimsPrincipal user) => user.FindFirstValue(PersonId);
}
