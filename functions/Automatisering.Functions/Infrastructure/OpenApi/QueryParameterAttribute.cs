namespace Automatisering.Functions.Infrastructure.OpenApi;

/// <summary>An optional query parameter an HTTP function reads, for the API description.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class QueryParameterAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}
