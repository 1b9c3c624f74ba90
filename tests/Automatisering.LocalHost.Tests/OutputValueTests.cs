using Automatisering.LocalHost.Rpc;
using Automatisering.LocalHost.Triggers;
using Google.Protobuf;

namespace Automatisering.LocalHost.Tests;

public sealed class OutputValueTests
{
    [Fact]
    public void Items_JsonArray_OneMessagePerElement()
    {
        var items = OutputBindingWriter.Items(new TypedData { Json = """["a",{"b":1}]""" });

        Assert.Equal(["a", """{"b":1}"""], items.Select(i => i.ToString()));
    }

    [Fact]
    public void Items_JsonString_Unquoted()
    {
        Assert.Equal("tekst", OutputBindingWriter.Items(new TypedData { Json = "\"tekst\"" }).Single().ToString());
    }

    [Fact]
    public void Items_CollectionString_OneMessagePerString()
    {
        var value = new TypedData { CollectionString = new CollectionString { String = { "x", "y" } } };

        Assert.Equal(["x", "y"], OutputBindingWriter.Items(value).Select(i => i.ToString()));
    }

    [Fact]
    public void Items_Bytes_OneMessage()
    {
        var value = new TypedData { Bytes = ByteString.CopyFromUtf8("bytes") };

        Assert.Equal("bytes", OutputBindingWriter.Items(value).Single().ToString());
    }

    [Fact]
    public void Items_JsonNull_NothingWritten()
    {
        Assert.Empty(OutputBindingWriter.Items(new TypedData { Json = "null" }));
    }

    [Theory]
    [InlineData("""{"OrderId":"1"}""", TypedData.DataOneofCase.Json)]
    [InlineData("[1,2]", TypedData.DataOneofCase.Json)]
    [InlineData("gewone tekst", TypedData.DataOneofCase.String)]
    [InlineData("{niet json", TypedData.DataOneofCase.String)]
    public void QueueValue_Message_JsonOnlyWhenItParses(string message, TypedData.DataOneofCase expected)
    {
        Assert.Equal(expected, QueueTriggerListener.QueueValue(message).DataCase);
    }
}
