using Automatisering.Domain.Configuration;
using Microsoft.Extensions.Configuration;

namespace Automatisering.Functions.Tests.Infrastructure.Configuration;

public sealed class LocalSettingsConfigurationProviderTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    [Fact]
    public void Load_FunctionsLocalSettings_ValuesBecomeSettingsWithDoubleUnderscoreNesting()
    {
        File.WriteAllText(_file, """
            { "IsEncrypted": false,
              "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true", "Automatisering__Runner__HostId": "lokaal" },
              "Host": { "LocalHttpPort": 7071 } }
            """);

        var configuration = new ConfigurationBuilder().Add(new LocalSettingsConfigurationSource(_file)).Build();

        Assert.Equal("UseDevelopmentStorage=true", configuration["AzureWebJobsStorage"]);
        Assert.Equal("lokaal", configuration["Automatisering:Runner:HostId"]);
        Assert.Null(configuration["Host:LocalHttpPort"]);
    }

    [Fact]
    public void Load_EnvironmentVariableAddedAfter_OverridesTheFile()
    {
        File.WriteAllText(_file, """{ "Values": { "LocalSettingsTest__Value": "uit bestand" } }""");
        Environment.SetEnvironmentVariable("LocalSettingsTest__Value", "uit omgeving");
        try
        {
            var configuration = new ConfigurationBuilder().Add(new LocalSettingsConfigurationSource(_file)).AddEnvironmentVariables().Build();

            Assert.Equal("uit omgeving", configuration["LocalSettingsTest:Value"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("LocalSettingsTest__Value", null);
        }
    }

    [Fact]
    public void Load_EncryptedSettings_Refused()
    {
        File.WriteAllText(_file, """{ "IsEncrypted": true, "Values": {} }""");

        var error = Assert.Throws<InvalidOperationException>(() => new ConfigurationBuilder().Add(new LocalSettingsConfigurationSource(_file)).Build());

        Assert.Contains("IsEncrypted", error.Message);
    }

    public void Dispose() => File.Delete(_file);
}
