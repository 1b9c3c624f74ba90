namespace Automatisering.Domain.Configuration;

/// <summary>
/// Reads the <c>Values</c> of a Functions <c>local.settings.json</c>, as Core Tools does: every value becomes
/// a setting, with <c>__</c> meaning a nested key, exactly like an environment variable.
/// </summary>
internal sealed class LocalSettingsConfigurationSource(string path) : IConfigurationSource
{
    public string Path { get; } = path;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new LocalSettingsConfigurationProvider(Path);
}
