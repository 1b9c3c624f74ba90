using System.Security.Claims;
using Automatisering.Domain.Identity;
using Azure;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>Who acts in an HTTP request, from where, on which state (If-Match).</summary>
public static class HandelingExtensions
{
    public static string RequirePersonId(this ClaimsPrincipal user) =>
        user.GetPersonId() ?? throw new DossierForbiddenException("U bent niet aangemeld als een bekende medewerker.");

    public static Handeling ToHandeling(this HttpContext http)
    {
        var ifMatch = http.Request.Headers.IfMatch.FirstOrDefault();
        return new Handeling(http.User.RequirePersonId(), $"http {http.Connection.RemoteIpAddress}", string.IsNullOrEmpty(ifMatch) ? null : new ETag(ifMatch));
    }
}
