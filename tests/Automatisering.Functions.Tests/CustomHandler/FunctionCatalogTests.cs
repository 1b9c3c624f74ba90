using Automatisering.Functions.CustomHandler;
using Automatisering.Functions.Tests.Infrastructure;

namespace Automatisering.Functions.Tests.CustomHandler;

public sealed class FunctionCatalogTests
{
    private static FunctionCatalog Load(ScriptRoot root) => FunctionCatalog.Load(root.Path, _ => null);

    [Fact]
    public void Load_ProductionScriptRoot_FindsEveryFunctionWithItsTrigger()
    {
        var catalog = FunctionCatalog.Load(AppContext.BaseDirectory, _ => null);

        var triggers = catalog.Functions.ToDictionary(f => f.Name, f => f.Trigger.Type);
        Assert.Equal("httpTrigger", triggers["Health"]);
        Assert.Equal("queueTrigger", triggers["DemoProcess"]);
        Assert.Equal(5, catalog.Queues.MaxDequeueCount);
        Assert.True(catalog.Queues.UsesBase64);
    }

    [Fact]
    public void Load_FiveFieldCron_FailsNamingTheFile()
    {
        using var root = new ScriptRoot().WithFunction("Nightly", """{ "bindings": [ { "type": "timerTrigger", "name": "t", "schedule": "0 3 * * *" } ] }""");

        var error = Assert.Throws<FunctionConfigurationException>(() => Load(root));

        Assert.EndsWith(Path.Combine("Nightly", "function.json"), error.FilePath);
        Assert.Contains("6-field", error.Message);
    }

    [Fact]
    public void Load_UnknownBindingType_FailsNamingTheFileAndType()
    {
        using var root = new ScriptRoot().WithFunction("Bus", """{ "bindings": [ { "type": "serviceBusTrigger", "name": "m", "queueName": "q" } ] }""");

        var error = Assert.Throws<FunctionConfigurationException>(() => Load(root));

        Assert.Contains(Path.Combine("Bus", "function.json"), error.Message);
        Assert.Contains("serviceBusTrigger", error.Message);
    }

    [Fact]
    public void Load_MalformedJson_FailsNamingTheFile()
    {
        using var root = new ScriptRoot().WithFunction("Broken", """{ "bindings": [ { "type": "queueTrigger", """);

        var error = Assert.Throws<FunctionConfigurationException>(() => Load(root));

        Assert.Contains(Path.Combine("Broken", "function.json"), error.Message);
        Assert.Contains("malformed JSON", error.Message);
    }

    [Theory]
    [InlineData("""{ "bindings": [] }""", "non-empty")]
    [InlineData("""{ "bindings": [ { "type": "queue", "direction": "out", "name": "o", "queueName": "q" } ] }""", "exactly one trigger")]
    [InlineData("""{ "bindings": [ { "type": "queueTrigger", "name": "m" } ] }""", "queueName")]
    [InlineData("""{ "bindings": [ { "type": "queueTrigger", "name": "m", "queueName": "%MissingSetting%" } ] }""", "MissingSetting")]
    public void Load_InvalidBindings_FailsWithReason(string functionJson, string reason)
    {
        using var root = new ScriptRoot().WithFunction("Invalid", functionJson);

        var error = Assert.Throws<FunctionConfigurationException>(() => Load(root));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Load_AppSettingReference_ResolvesQueueName()
    {
        using var root = new ScriptRoot().WithFunction("Ref", """{ "bindings": [ { "type": "queueTrigger", "name": "m", "queueName": "%Queue%" } ] }""");

        var catalog = FunctionCatalog.Load(root.Path, name => name == "Queue" ? "besluiten" : null);

        Assert.Equal("besluiten", Assert.Single(catalog.Functions).Trigger.QueueName);
    }
}
