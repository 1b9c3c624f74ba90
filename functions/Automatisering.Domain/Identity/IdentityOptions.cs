namespace Automatisering.Domain.Identity;

/// <summary>Who may sign in how (section <c>Automatisering:Identity</c>).</summary>
public sealed class IdentityOptions
{
    public const string Section = "Automatisering:Identity";

    /// <summary>Local only: pick one of the configured people. Refused at start-up when running in Azure.</summary>
    public bool DevelopmentSignIn { get; set; }

    /// <summary>Entra ID tenant whose bearer tokens the API accepts; empty: no bearer tokens.</summary>
    public string? EntraTenantId { get; set; }

    /// <summary>The API's application ID URI or client ID, the tokens' audience.</summary>
    public string? EntraAudience { get; set; }

    public string EntraInstance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>App Service sets these when the app runs in Azure.</summary>
    public static bool RunningInAzure =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID")) ||
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WEBSITE_SITE_NAME"));

    /// <summary>App Service Authentication is on: only then does the platform set (and strip) X-MS-CLIENT-PRINCIPAL.</summary>
    public static bool PlatformAuthenticationEnabled =>
        string.Equals(Environment.GetEnvironmentVariable("WEBSITE_AUTH_ENABLED"), "true", StringComparison.OrdinalIgnoreCase);
}
