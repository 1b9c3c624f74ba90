namespace Automatisering.Web;

/// <summary>What the error page shows.</summary>
public sealed record FoutModel(string Titel, string Tekst, string Terug);
