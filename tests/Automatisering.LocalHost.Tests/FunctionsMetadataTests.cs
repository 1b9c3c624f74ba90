using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Rpc;

namespace Automatisering.LocalHost.Tests;

public sealed class FunctionsMetadataTests
{
    [Fact]
    public void Read_TestWorkerOutput_EveryFunctionWithBindingsAndScriptFile()
    {
        var functions = FunctionsMetadataFile.Read(AppContext.BaseDirectory);

        var order = functions.Single(f => f.Name == "ProcessOrder");
        Assert.Equal(9, functions.Count);
        Assert.Equal("Automatisering.LocalHost.TestWorker.dll", order.ScriptFile);
        Assert.Equal(3, order.RawBindings.Count);
        Assert.Equal(BindingInfo.Types.Direction.Out, order.Bindings["Receipt"].Direction);
        Assert.Equal("queueTrigger", order.Bindings["order"].Type);
        Assert.Equal(functions.Count, functions.Select(f => f.FunctionId).Distinct().Count());
    }

    [Fact]
    public void Parse_SettingReferences_ResolvedFromValues()
    {
        var function = FunctionParser.Parse(
            "Nightly",
            ["""{"name":"timer","type":"timerTrigger","direction":"In","schedule":"%Schedule%"}""", """{"name":"$return","type":"blob","direction":"Out","blobPath":"%Container%/x.txt"}"""],
            name => name switch { "Schedule" => "0 */5 * * * *", "Container" => "out", _ => null });

        Assert.Equal("0 */5 * * * *", function.Trigger.Schedule);
        Assert.Equal("out/x.txt", function.Outputs.Single().Path);
    }

    [Theory]
    [InlineData("""{"name":"t","type":"timerTrigger","direction":"In","schedule":"*/5 * * * *"}""", "6-field")]
    [InlineData("""{"name":"q","type":"queueTrigger","direction":"In","queueName":"%Missing%"}""", "'Missing'")]
    [InlineData("""{"name":"q","type":"queueTrigger","direction":"In"}""", "queueName")]
    public void Parse_InvalidBinding_FailsNamingTheProblem(string binding, string expected)
    {
        var error = Assert.Throws<FunctionConfigurationException>(() => FunctionParser.Parse("F", [binding], _ => null));

        Assert.Contains(expected, error.Message);
        Assert.Contains("'F'", error.Message);
    }

    [Fact]
    public void Load_HostJson_QueueSettingsAndRoutePrefix()
    {
        var hostJson = HostJson.Load(AppContext.BaseDirectory);

        Assert.Equal(3, hostJson.Queues.MaxDequeueCount);
        Assert.Equal(4, hostJson.Queues.BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(1), hostJson.Queues.MaxPollingInterval);
        Assert.Equal("api", hostJson.RoutePrefix);
    }
}
