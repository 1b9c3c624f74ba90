using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_MalformedFunctionJson_StopsNamingTheFile()
    {
        using var root = new ScriptRoot().WithFunction("Kapot", """{ "bindings": [ { "type": "timerTrigger", "name": "t", "schedule": "0 3 * * *" } ] }""");
        await using var app = new FunctionsAppFactory(azurite).WithScriptRoot(root.Path);

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains(Path.Combine("Kapot", "function.json"), error.ToString());
    }

    [Fact]
    public async Task Start_StorageSettingMissing_StopsNamingTheSetting()
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("AzureWebJobsStorage", "");

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains("Setting 'AzureWebJobsStorage' is missing", error.ToString());
    }

    [Fact]
    public async Task Start_InvalidRunnerLease_StopsNamingTheSetting()
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("Automatisering:Runner:MessageLease", "00:00:00.100");

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains("Automatisering:Runner:MessageLease", error.ToString());
    }

    [Fact]
    public async Task Start_UnknownTimeZone_StopsNamingTheSetting()
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("WEBSITE_TIME_ZONE", "Mars/Olympus_Mons");

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains("WEBSITE_TIME_ZONE", error.ToString());
    }
}
