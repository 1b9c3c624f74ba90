namespace Automatisering.LocalHost.Tests.Infrastructure;

/// <summary>Tests that start the test worker as a real process, each with its own host, on one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessHostCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Local host with a worker process";
}
