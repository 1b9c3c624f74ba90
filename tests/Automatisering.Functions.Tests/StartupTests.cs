using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_StorageSettingMissing_StopsNamingTheSetting()
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("AzureWebJobsStorage", "");

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains("Setting 'AzureWebJobsStorage' is missing", error.ToString());
    }

    [Theory]
    [InlineData("Automatisering:Pdf:Slots", "0")]
    [InlineData("Automatisering:Pdf:TimeoutSeconden", "1")]
    public async Task Start_PdfConverterSettingOutOfRange_StopsNamingTheSetting(string setting, string value)
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting(setting, value);

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains($"Setting '{setting}'", error.ToString());
    }

    [Fact]
    public async Task Start_UnknownTimeZone_StopsNamingTheSetting()
    {
        await using var app = new FunctionsAppFactory(azurite).WithSetting("WEBSITE_TIME_ZONE", "Mars/Olympus_Mons");

        var error = Assert.ThrowsAny<Exception>(() => app.Start());

        Assert.Contains("WEBSITE_TIME_ZONE", error.ToString());
    }
}
