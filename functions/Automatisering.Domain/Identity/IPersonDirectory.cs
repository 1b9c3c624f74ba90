namespace Automatisering.Domain.Identity;

/// <summary>Maps a signed-in account to one of the configured people.</summary>
public interface IPersonDirectory
{
    bool Exists(string personId);

    string? FindByEmail(string email);
}
