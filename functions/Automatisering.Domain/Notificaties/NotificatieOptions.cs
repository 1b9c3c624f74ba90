namespace Automatisering.Domain.Notificaties;

/// <summary>Where the web interface is, for the deep links in every message.</summary>
public sealed class NotificatieOptions
{
    public const string Section = "Automatisering:Notificaties";

    /// <summary>The web interface's address, e.g. http://localhost:5080 locally.</summary>
    public string WebAdres { get; set; } = "http://localhost:5080";
}
