namespace Automatisering.Functions.Infrastructure.OpenApi;

/// <summary>An HTTP function that answers 201 Created (with a Location) instead of 200, for the API description.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CreatesAttribute : Attribute;
