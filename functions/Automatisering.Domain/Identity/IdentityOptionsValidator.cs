using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Identity;

internal sealed class IdentityOptionsValidator : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        var errors = new List<string>();
        if (options.DevelopmentSignIn && IdentityOptions.RunningInAzure)
        {
            errors.Add($"Setting '{IdentityOptions.Section}:DevelopmentSignIn' cannot be on when running in Azure (WEBSITE_INSTANCE_ID/WEBSITE_SITE_NAME is set); use App Service Authentication or Entra ID tokens.");
        }

        if (!string.IsNullOrWhiteSpace(options.EntraTenantId) && string.IsNullOrWhiteSpace(options.EntraAudience))
        {
            errors.Add($"Setting '{IdentityOptions.Section}:EntraAudience' is required when '{IdentityOptions.Section}:EntraTenantId' is set.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
