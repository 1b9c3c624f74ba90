using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace Automatisering.Domain.Configuration;

public static class LocalSettingsConfigurationExtensions
{
    /// <summary>
    /// Adds <c>local.settings.json</c> (working directory first, then the app folder) when present, placed
    /// before the environment variables so that, as with the Functions host, the environment wins.
    /// </summary>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder)
    {
        var path = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(dir => Path.Combine(dir, "local.settings.json"))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            return builder;
        }

        // Before the unprefixed environment variables (not the DOTNET_/ASPNETCORE_ host ones), so they win.
        var environment = builder.Sources.ToList().FindLastIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        builder.Sources.Insert(environment >= 0 ? environment : builder.Sources.Count, new LocalSettingsConfigurationSource(path));
        return builder;
    }
}
