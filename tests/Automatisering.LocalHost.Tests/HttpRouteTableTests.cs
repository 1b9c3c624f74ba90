using Automatisering.LocalHost.Functions;
using Automatisering.LocalHost.Http;
using Microsoft.AspNetCore.Http;

namespace Automatisering.LocalHost.Tests;

public sealed class HttpRouteTableTests
{
    private static readonly HttpRouteTable Routes = new(
    [
        Http("CatchAll", "{*rest}", "get"),
        Http("ByName", "items/{name}", "get"),
        Http("Literal", "items/special", "get"),
        Http("Create", "items", "post"),
        Http("AnyMethod", "any", null),
        Http("NoRoute", null, "get"),
        new FunctionDefinition("QueueOnly", [Binding("queueTrigger", "msg") with { QueueName = "q" }]),
    ], "api");

    [Theory]
    [InlineData("GET", "/api/items/special", "Literal")]
    [InlineData("GET", "/api/items/other", "ByName")]
    [InlineData("GET", "/API/ITEMS/SPECIAL", "Literal")]
    [InlineData("POST", "/api/items", "Create")]
    [InlineData("GET", "/api/items", "CatchAll")]
    [InlineData("DELETE", "/api/any", "AnyMethod")]
    [InlineData("GET", "/api/NoRoute", "NoRoute")]
    [InlineData("GET", "/api/a/b/c", "CatchAll")]
    public void Match_Request_MostSpecificRouteWithAllowedMethod(string method, string path, string expected)
    {
        var match = Routes.Match(method, new PathString(path));

        Assert.Equal(expected, match?.Function.Name);
    }

    [Fact]
    public void Match_RouteParameter_ValueReturned()
    {
        var match = Routes.Match("GET", new PathString("/api/items/boek"));

        Assert.Equal("boek", match?.Values["name"]);
    }

    [Theory]
    [InlineData("POST", "/api/items/special")]
    [InlineData("GET", "/items/special")]
    [InlineData("POST", "/api/QueueOnly")]
    public void Match_NoFunctionForMethodOrPrefix_Null(string method, string path)
    {
        Assert.Null(Routes.Match(method, new PathString(path)));
    }

    [Fact]
    public void Match_EmptyRoutePrefix_RoutesFromRoot()
    {
        var routes = new HttpRouteTable([Http("Root", "hello", "get")], "");

        Assert.Equal("Root", routes.Match("GET", new PathString("/hello"))?.Function.Name);
    }

    private static FunctionDefinition Http(string name, string? route, string? method) =>
        new(name, [Binding("httpTrigger", "req") with { Route = route, Methods = method is null ? null : [method] }, Binding("http", "$return") with { Direction = "out" }]);

    private static BindingDefinition Binding(string type, string name) => new() { Type = type, Name = name, Direction = "in" };
}
