namespace Automatisering.Domain.Storage;

/// <summary>The stored object changed since it was read (ETag mismatch) or already exists: a 409, never a lost update.</summary>
public sealed class ConcurrencyConflictException(string key, Exception? inner = null)
    : Exception($"'{key}' was changed by someone else; read it again and retry.", inner)
{
    public string Key { get; } = key;
}
