namespace Automatisering.Functions.Infrastructure.Http;

/// <summary>A request the API cannot read: answered 400 with the field (or <c>body</c>) and the reason, nothing changed.</summary>
public sealed class BadRequestException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}
