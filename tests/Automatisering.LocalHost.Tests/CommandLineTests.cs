namespace Automatisering.LocalHost.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_AllArguments_OptionsWithValuesFromSettingsFile()
    {
        var settings = Path.GetTempFileName();
        try
        {
            // Names no other test sets: the in-process worker puts its Values into this process's environment.
            File.WriteAllText(settings, """{ "IsEncrypted": false, "Values": { "CommandLineTests_Opslag": "UseDevelopmentStorage=true", "CommandLineTests_Aantal": 3 } }""");

            var options = CommandLine.Parse(["--script-root", "/tmp/app", "--port", "7072", "--settings", settings]);

            Assert.Equal("/tmp/app", options.ScriptRoot);
            Assert.Equal(7072, options.HttpPort);
            Assert.Equal("UseDevelopmentStorage=true", options.Values["CommandLineTests_Opslag"]);
            Assert.Equal("3", options.Values["CommandLineTests_Aantal"]);
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public void ReadValues_EnvironmentVariableSet_EnvironmentWins()
    {
        var name = "LOCALHOST_TEST_" + Guid.NewGuid().ToString("N");
        var settings = Path.GetTempFileName();
        try
        {
            File.WriteAllText(settings, $$"""{ "Values": { "{{name}}": "uit-bestand" } }""");
            Environment.SetEnvironmentVariable(name, "uit-omgeving");

            Assert.Equal("uit-omgeving", CommandLine.ReadValues(settings)[name]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
            File.Delete(settings);
        }
    }

    [Fact]
    public void Parse_NoScriptRoot_FailsWithUsage()
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--port", "7071"]));

        Assert.Contains("--script-root", error.Message);
    }
}
