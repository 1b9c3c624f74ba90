namespace Automatisering.Domain.Besluitvorming;

public sealed class OrganisatieConfigException(IReadOnlyList<ConfigFout> fouten)
    : Exception("The organisation configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, fouten))
{
    public IReadOnlyList<ConfigFout> Fouten { get; } = fouten;
}
