using Microsoft.Extensions.Options;

namespace Automatisering.Functions.CustomHandler.Runner;

internal sealed class RunnerOptionsValidator : IValidateOptions<RunnerOptions>
{
    public ValidateOptionsResult Validate(string? name, RunnerOptions options)
    {
        var errors = new List<string>();
        if (options.MessageLease < TimeSpan.FromSeconds(1) || options.MessageLease > TimeSpan.FromDays(7))
        {
            errors.Add($"Setting '{RunnerOptions.Section}:MessageLease' must be between 00:00:01 and 7.00:00:00 (a queue message's visibility limit), was {options.MessageLease}.");
        }

        if (options.TimerLease < TimeSpan.FromSeconds(15) || options.TimerLease > TimeSpan.FromSeconds(60))
        {
            errors.Add($"Setting '{RunnerOptions.Section}:TimerLease' must be between 00:00:15 and 00:01:00 (the limits of a blob lease), was {options.TimerLease}.");
        }

        if (string.IsNullOrWhiteSpace(options.HostId) || options.HostId.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            errors.Add($"Setting '{RunnerOptions.Section}:HostId' must be letters, digits and '-', was '{options.HostId}'.");
        }

        if (options.IsEnabled && !File.Exists(Path.Combine(options.ResolvedScriptRoot, "host.json")))
        {
            errors.Add($"Setting '{RunnerOptions.Section}:ScriptRoot' must name a folder with host.json; '{options.ResolvedScriptRoot}' has none.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
