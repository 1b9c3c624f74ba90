using Microsoft.Extensions.Options;

namespace Automatisering.Domain.Distributie;

internal sealed class DistributieOptionsValidator : IValidateOptions<DistributieOptions>
{
    private const int Slice = 320 * 1024;

    public ValidateOptionsResult Validate(string? name, DistributieOptions options)
    {
        var errors = new List<string>();
        var kanaal = options.Kanaal?.Trim().ToLowerInvariant();
        if (kanaal is not (DistributieOptions.OutboxKanaalNaam or DistributieOptions.GraphKanaalNaam))
        {
            errors.Add($"Setting '{DistributieOptions.Section}:Kanaal' is '{options.Kanaal}'; expected 'outbox' (local) or 'graph'.");
        }

        if (string.IsNullOrWhiteSpace(options.OutboxContainer))
        {
            errors.Add($"Setting '{DistributieOptions.Section}:OutboxContainer' must name a blob container.");
        }

        var graph = options.Graph;
        const string g = GraphDistributieOptions.Section;
        if (kanaal == DistributieOptions.GraphKanaalNaam)
        {
            Require(graph.TenantId, "TenantId", "the Entra ID tenant of the app registration");
            Require(graph.ClientId, "ClientId", "the app registration's client id");
            Require(graph.ClientSecret, "ClientSecret", "the client secret (an app setting or Key Vault reference)");
            Require(graph.SharedMailbox, "SharedMailbox", "the sending shared mailbox (user id or UPN)");
        }

        if (!Uri.TryCreate(graph.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            errors.Add($"Setting '{g}:BaseUrl' is '{graph.BaseUrl}'; expected an absolute URL such as https://graph.microsoft.com/v1.0.");
        }

        if (graph.MaxRetry is < 0 or > 10)
        {
            errors.Add($"Setting '{g}:MaxRetry' is {graph.MaxRetry}; expected 0 to 10 (the SDK's RetryHandler limit).");
        }

        if (graph.MaxConcurrentPerMailbox is < 1 or > 4)
        {
            errors.Add($"Setting '{g}:MaxConcurrentPerMailbox' is {graph.MaxConcurrentPerMailbox}; expected 1 to 4 (Graph's per-mailbox limit).");
        }

        if (graph.UploadSliceBytes <= 0 || graph.UploadSliceBytes % Slice != 0 || graph.UploadSliceBytes > 4 * 1024 * 1024)
        {
            errors.Add($"Setting '{g}:UploadSliceBytes' is {graph.UploadSliceBytes}; expected a multiple of {Slice} (320 KiB) of at most 4 MiB.");
        }

        foreach (var (slug, gemeente) in options.Gemeenten)
        {
            var s = $"{DistributieOptions.Section}:Gemeenten:{slug}";
            if (gemeente.SecretariaatEmail is { } mail && !LooksLikeAddress(mail))
            {
                errors.Add($"Setting '{s}:SecretariaatEmail' is '{mail}'; expected an e-mail address.");
            }

            if (string.IsNullOrWhiteSpace(gemeente.SharePointDriveId) != string.IsNullOrWhiteSpace(gemeente.SharePointFolder))
            {
                errors.Add($"Settings '{s}:SharePointDriveId' and '{s}:SharePointFolder' go together: set both or neither.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);

        void Require(string? value, string key, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add($"Setting '{g}:{key}' is required when '{DistributieOptions.Section}:Kanaal' is 'graph': {what}.");
            }
        }
    }

    internal static bool LooksLikeAddress(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
