namespace Automatisering.Functions.Infrastructure.OpenApi;

/// <summary>The JSON request body an HTTP function reads (with <c>ReadJsonAsync</c>), for the API description.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsonBodyAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}
