namespace Automatisering.LocalHost.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "In-process local host";
}
