using Azure;

namespace Automatisering.Domain.Storage;

/// <summary>A stored value with the ETag it was read at, for an If-Match update.</summary>
public sealed record Stored<T>(T Value, ETag ETag);
