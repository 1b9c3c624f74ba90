namespace Automatisering.Functions.Infrastructure.OpenApi;

/// <summary>An HTTP function that takes a file: the raw body, or a form upload in field <c>bestand</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileBodyAttribute : Attribute;
