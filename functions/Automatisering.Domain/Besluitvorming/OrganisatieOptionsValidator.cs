using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Besluitvorming;

/// <summary>Start-up check of the organisation file: every problem with its place in the file.</summary>
internal sealed class OrganisatieOptionsValidator : IValidateOptions<OrganisatieOptions>
{
    public ValidateOptionsResult Validate(string? name, OrganisatieOptions options)
    {
        var path = options.ResolvedPath;
        if (!File.Exists(path))
        {
            return ValidateOptionsResult.Fail($"Setting '{OrganisatieOptions.Section}:Path': organisation file '{path}' not found.");
        }

        return OrganisatieConfig.TryLoad(File.ReadAllText(path), out _, out var fouten)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(fouten.Select(f => $"Setting '{OrganisatieOptions.Section}:Path' ({path}): {f.Pad}: {f.Reden}"));
    }
}
