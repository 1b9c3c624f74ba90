namespace Automatisering.Functions.Infrastructure.Http;

/// <summary>
/// A request the API cannot take: answered with problem details naming the field (or <c>body</c>) and the reason,
/// nothing changed. 400 by default; 411 or 413 for a body without or over its length limit.
/// </summary>
public sealed class BadRequestException(string field, string reason, int statusCode = StatusCodes.Status400BadRequest) : Exception(reason)
{
    public string Field { get; } = field;

    public int StatusCode { get; } = statusCode;
}
