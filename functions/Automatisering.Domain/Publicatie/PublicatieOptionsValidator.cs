using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Publicatie;

/// <summary>Both addresses must be absolute http(s) URLs: a relative one would make every feed id and sitemap entry useless.</summary>
public sealed class PublicatieOptionsValidator : IValidateOptions<PublicatieOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicatieOptions options)
    {
        var fouten = new List<string>();
        if (!IsAbsoluut(options.ApiBasisUrl)) fouten.Add($"{PublicatieOptions.Section}:ApiBasisUrl must be an absolute http(s) URL.");
        if (!IsAbsoluut(options.WebBasisUrl)) fouten.Add($"{PublicatieOptions.Section}:WebBasisUrl must be an absolute http(s) URL.");
        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten);
    }

    private static bool IsAbsoluut(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
